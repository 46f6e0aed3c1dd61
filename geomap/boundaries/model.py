"""The boundary layers and their spatial queries: point lookup, name lookup, shared frontiers.

Build a :class:`Boundaries` with :func:`geomap.boundaries.load_boundaries`. Everything is in
EPSG:4326 (lon, lat); lengths are geodesic (WGS84 ellipsoid) and distances are measured on
the ellipsoid or in a local azimuthal equidistant projection (see ``geodesy``). The queries
run on shapely alone (``layer``); geopandas and pandas are imported only by the methods and
attributes that hand out frames.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from geomap.boundaries.fuzzy_admin1 import fuzzy_matches, spaceless_keys
from geomap.boundaries.geodesy import geodesic_distance_km, geodesic_km, km_to_deg, local_projection
from geomap.boundaries.layer import Layer, Row
from geomap.boundaries.lines import SNAP_DEG, dissolved, midpoint, position_along, shared_lines
from geomap.boundaries.names import country_names, fold_keys
from geomap.exceptions import NotFoundError
from geomap.settings import MIN_FRONTIER_KM, MIN_STRETCH_KM

if TYPE_CHECKING:  # heavy imports stay inside functions
    import geopandas as gpd
    import pandas as pd

__all__ = ["Boundaries", "Frontier", "Row"]

#: The columns of :meth:`Boundaries.admin1_along`, in order.
_ALONG_COLUMNS = ("name", "iso3", "country", "fips", "side", "shared_km", "distance_km", "geometry")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Frontier:
    """The land border shared by two countries.

    Attributes
    ----------
    iso3_a, iso3_b : str
        The two countries, in the order they were asked for.
    name_a, name_b : str
        Their names in the boundary data.
    geometry : shapely LineString or MultiLineString
        The shared border, lon/lat, merged with ``shapely.line_merge``.
    length_km : float
        Geodesic length on the WGS84 ellipsoid.
    source : str
        The boundary data it was measured on.
    """

    iso3_a: str
    iso3_b: str
    name_a: str
    name_b: str
    geometry: Any
    length_km: float
    source: str


def _layer(given: Layer | gpd.GeoDataFrame) -> Layer:
    return given if isinstance(given, Layer) else Layer.from_frame(given)


class Boundaries:
    """Country, admin-1 and disputed-line layers with spatial indexes.

    Build it with :func:`load_boundaries`, which caches one instance per set of files. The
    layers are kept as :class:`~geomap.boundaries.layer.Layer` objects (columns and shapely
    geometries); the frame attributes below are made from them on first access.

    Attributes
    ----------
    countries : geopandas.GeoDataFrame
        Columns ``iso2, iso3, name, geometry``.
    admin1_units : geopandas.GeoDataFrame
        Columns ``name, iso2, iso3, country, fips, alt_names, geometry``; ``alt_names``
        joins the data's other spellings with ``|``. (The frame is not called ``admin1``
        because :meth:`admin1` is the name lookup, as :meth:`country` is for
        :attr:`countries`.)
    disputed : geopandas.GeoDataFrame
        Columns ``name, iso3_left, iso3_right, geometry``.
    source : str
        Human description of the data, e.g. ``"Natural Earth 1:10m v4.1.0 (QGIS world_map)"``.
    """

    def __init__(self, countries: Layer | gpd.GeoDataFrame, admin1: Layer | gpd.GeoDataFrame,
                 disputed: Layer | gpd.GeoDataFrame, *, source: str, _keys: tuple | None = None) -> None:
        self.country_layer = _layer(countries)
        self.admin1_layer = _layer(admin1)
        self.disputed_layer = _layer(disputed)
        self.source = source
        #: Names the files, columns and code the layers came from (set by ``load_boundaries``;
        #: None for layers made in memory): answers about them may be kept on disk under it.
        self.cache_key: str | None = None
        self._frontiers: dict[tuple[str, str], tuple[Any, float] | None] = {}
        self._fuzzy_keys: dict[str, list[tuple[str, list[int]]]] | None = None
        # name keys made earlier for the same layers (geomap.boundaries.cache keeps them)
        self._country_keys, self._admin1_keys = _keys or (self._build_country_keys(), self._build_admin1_keys())

    @property
    def countries(self) -> gpd.GeoDataFrame:
        return self.country_layer.frame()

    @property
    def admin1_units(self) -> gpd.GeoDataFrame:
        return self.admin1_layer.frame()

    @property
    def disputed(self) -> gpd.GeoDataFrame:
        return self.disputed_layer.frame()

    def __repr__(self) -> str:
        return (f"<Boundaries {self.source}: {len(self.country_layer)} countries, "
                f"{len(self.admin1_layer)} admin-1 units, {len(self.disputed_layer)} disputed lines>")

    # ----------------------------------------------------------------- lookups
    def _build_country_keys(self) -> dict[str, int]:
        keys: dict[str, int] = {}
        layer = self.country_layer
        for pos, (iso2, iso3, name) in enumerate(zip(layer["iso2"], layer["iso3"], layer["name"])):
            for key in (iso3, iso2):
                if key:
                    keys.setdefault(key.casefold(), pos)
            if name:
                for key in fold_keys(name):
                    keys.setdefault(key, pos)
        by_iso3 = {iso3: pos for pos, iso3 in enumerate(layer["iso3"]) if iso3}
        for alias, iso3 in country_names().items():  # common names the data do not spell out
            if iso3 in by_iso3:
                keys.setdefault(alias, by_iso3[iso3])
        return keys

    def _build_admin1_keys(self) -> dict[str, list[tuple[int, int]]]:
        """Folded name -> [(rank, position)], rank 0 for the main name, 1 for alternates."""
        keys: dict[str, list[tuple[int, int]]] = {}
        for pos, (name, alts) in enumerate(zip(self.admin1_layer["name"], self.admin1_layer["alt_names"])):
            names = [(0, name)] + [(1, alt) for alt in (alts or "").split("|") if alt]
            seen: set[str] = set()
            for rank, label in names:
                if not label:
                    continue
                for key in fold_keys(label) - seen:
                    seen.add(key)
                    keys.setdefault(key, []).append((rank, pos))
        return keys

    def country(self, code_or_name: str) -> Row:
        """The country row for an ISO2 or ISO3 code or an English name.

        Parameters
        ----------
        code_or_name : str
            ``"TH"``, ``"tha"``, ``"Thailand"``, or a common variant ("Türkiye", "Ivory
            Coast", "North Korea", "Russia", ...). Case and accents do not matter.

        Returns
        -------
        Row
            A row of :attr:`countries` (``iso2, iso3, name, geometry``), read as
            ``row["iso3"]`` or ``row.iso3``.

        Raises
        ------
        NotFoundError
            When the data has no such country.
        """
        text = str(code_or_name).strip()
        pos = self._country_keys.get(text.casefold())
        if pos is None:
            for key in fold_keys(text):
                pos = self._country_keys.get(key)
                if pos is not None:
                    break
        if pos is None:
            raise NotFoundError(f"unknown country {text!r} in {self.source}")
        return self.country_layer.row(pos)

    def _iso3(self, code_or_name: str) -> str:
        row = self.country(code_or_name)
        if not row["iso3"]:
            raise NotFoundError(f"country {row['name']!r} has no code in {self.source}")
        return row["iso3"]

    def admin1(self, name: str, iso3: str | None = None) -> Row:
        """The admin-1 row whose name or alternate name matches ``name``.

        Matching folds accents and case and ignores designators such as "Province" or
        "Changwat": ``"Batdambang"``, ``"Chanthaburi Province"`` and ``"Pailin"`` match.

        Parameters
        ----------
        name : str
            The unit's name in any of the data's spellings.
        iso3 : str, optional
            Restrict the search to one country (code or name). Without it, a main-name
            match is preferred to an alternate-name match, then the first in the data.

        Returns
        -------
        Row
            A row of :attr:`admin1_units` (``row["name"]``, ``row.geometry`` ...).

        Raises
        ------
        NotFoundError
            When no unit matches.
        """
        hits = self._admin1_matches(name, iso3)
        if not hits:
            where = f" in {iso3}" if iso3 else ""
            raise NotFoundError(f"unknown first-level division {name!r}{where} in {self.source}")
        if len({self.admin1_layer["iso3"][p] for _, p in hits}) > 1:
            log.debug("admin-1 %r is ambiguous without a country; taking the first", name)
        return self.admin1_layer.row(min(hits)[1])

    def _admin1_matches(self, name: str, iso3: str | None) -> list[tuple[int, int]]:
        want = self._iso3(iso3) if iso3 else None
        codes = self.admin1_layer["iso3"]
        hits: set[tuple[int, int]] = set()
        for key in fold_keys(name):
            hits.update(self._admin1_keys.get(key, ()))
        if want:
            hits = {h for h in hits if codes[h[1]] == want}
            if not hits:
                hits = self._admin1_fuzzy(name, want)
        return sorted(hits)

    def _admin1_fuzzy(self, name: str, iso3: str) -> set[tuple[int, int]]:
        """Close spellings within one country ("Oddar Meanchey" → "Otdar Mean Chey"):
        ``geomap.boundaries.fuzzy_admin1``, over that country's keys (made once)."""
        if self._fuzzy_keys is None:
            self._fuzzy_keys = spaceless_keys(self._admin1_keys, self.admin1_layer["iso3"])
        return fuzzy_matches(name, iso3, self._fuzzy_keys.get(iso3, ()), self.admin1_layer["name"])

    def locate(self, lon: float, lat: float) -> tuple[str | None, str | None]:
        """The country (ISO3) and admin-1 name containing a point.

        Parameters
        ----------
        lon, lat : float
            WGS84 coordinates.

        Returns
        -------
        tuple of (str or None, str or None)
            ``(iso3, admin1_name)``; None where the point lies in no polygon (sea).
        """
        import shapely

        point = shapely.Point(float(lon), float(lat))
        found: list[str | None] = []
        for layer, column in ((self.country_layer, "iso3"), (self.admin1_layer, "name")):
            hits = layer.query(point, predicate="intersects")
            found.append(layer[column][int(hits.min())] if len(hits) else None)
        return found[0], found[1]

    def locate_many(self, lons: Sequence[float], lats: Sequence[float]) -> pd.DataFrame:
        """Vectorised :meth:`locate`.

        Parameters
        ----------
        lons, lats : sequences of float
            WGS84 coordinates, same length.

        Returns
        -------
        pandas.DataFrame
            One row per point, in order, with columns ``iso3`` and ``admin1`` (None where
            no polygon contains the point).
        """
        import numpy as np
        import pandas as pd
        import shapely

        points = shapely.points(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))
        out = pd.DataFrame({"iso3": pd.Series([None] * len(points), dtype=object),
                            "admin1": pd.Series([None] * len(points), dtype=object)})
        for layer, column, target in ((self.country_layer, "iso3", "iso3"), (self.admin1_layer, "name", "admin1")):
            if len(points) == 0:
                break
            pt_idx, geom_idx = layer.query(points, predicate="intersects")
            if len(pt_idx):
                first = pd.Series(geom_idx, index=pt_idx).groupby(level=0).min()
                out.loc[first.index, target] = np.asarray(layer[column], dtype=object)[first.to_numpy()]
        return out

    # --------------------------------------------------------------- frontiers
    def _shared_line(self, a: str, b: str) -> tuple[Any, float] | None:
        """Merged shared border of two ISO3 countries and its length, or None."""
        key = (a, b) if a <= b else (b, a)
        if key not in self._frontiers:
            geom_a = self._country_outline(key[0])
            geom_b = self._country_outline(key[1])
            line = shared_lines(geom_a.boundary, geom_b)
            length = geodesic_km(line) if line is not None else 0.0
            self._frontiers[key] = (line, length) if length > MIN_FRONTIER_KM else None
        return self._frontiers[key]

    def _country_outline(self, iso3: str) -> Any:
        """The union of the country rows with this ISO3 code."""
        return dissolved(self.country_layer.select([code == iso3 for code in self.country_layer["iso3"]]))

    def frontier(self, a: str, b: str) -> Frontier:
        """The land border shared by two countries.

        The shared line is the exact common edge when both polygons share vertices (as in
        the bundled data), otherwise the part of A's outline within ``SNAP_DEG`` of B,
        which absorbs slivers and small gaps between files. Results are cached per pair.

        Parameters
        ----------
        a, b : str
            Countries as ISO2/ISO3 codes or names.

        Returns
        -------
        Frontier

        Raises
        ------
        NotFoundError
            When a country is unknown or the two share no land frontier (> 0.5 km).
        """
        row_a, row_b = self.country(a), self.country(b)
        iso_a, iso_b = self._iso3(a), self._iso3(b)
        if iso_a == iso_b:
            raise NotFoundError(f"{row_a['name']} and {row_b['name']} are the same country")
        shared = self._shared_line(iso_a, iso_b)
        if shared is None:
            raise NotFoundError(
                f"{row_a['name']} and {row_b['name']} share no land frontier in {self.source}")
        line, length = shared
        return Frontier(iso_a, iso_b, row_a["name"], row_b["name"], line, length, self.source)

    def neighbours(self, iso3: str) -> list[str]:
        """Countries sharing a land frontier longer than 0.5 km with ``iso3``.

        Parameters
        ----------
        iso3 : str
            A country code or name.

        Returns
        -------
        list of str
            ISO3 codes, sorted.
        """
        code = self._iso3(iso3)
        geom = self._country_outline(code)
        idx = self.country_layer.query(geom, predicate="dwithin", distance=SNAP_DEG)
        others = {self.country_layer["iso3"][i] for i in idx} - {code, None}
        found = [o for o in sorted(others) if self._shared_line(code, o) is not None]
        log.debug("neighbours of %s: %s (%d candidates)", code, found, len(others))
        return found

    def admin1_along(self, frontier: Frontier, within_km: float = 0.0) -> gpd.GeoDataFrame:
        """The admin-1 units of both countries along a frontier, as a GeoDataFrame.

        Parameters
        ----------
        frontier : Frontier
            From :meth:`frontier`.
        within_km : float, default 0
            Also include units whose nearest point lies within this distance of the
            frontier without touching it (their ``shared_km`` is 0).

        Returns
        -------
        geopandas.GeoDataFrame
            Columns ``name, iso3, country, fips, side, shared_km, distance_km, geometry``
            (``side`` is the ISO3 of the country the unit lies in; ``geometry`` the unit's
            polygon), sorted by side (``iso3_a`` first) then by position along the line.
            :meth:`units_along` gives the same rows without geopandas.
        """
        import geopandas as gpd

        rows = self.units_along(frontier, within_km)
        if not rows:
            return gpd.GeoDataFrame(columns=list(_ALONG_COLUMNS), geometry="geometry", crs="EPSG:4326")
        return gpd.GeoDataFrame([dict(r) for r in rows], geometry="geometry", crs="EPSG:4326")

    def units_along(self, frontier: Frontier, within_km: float = 0.0) -> list[Row]:
        """The rows of :meth:`admin1_along` (same columns, same order) as :class:`Row` objects."""
        import math

        import shapely
        import shapely.ops

        line = frontier.geometry
        pad = SNAP_DEG + km_to_deg(within_km, line)
        codes = self.admin1_layer["iso3"]
        wanted = (frontier.iso3_a, frontier.iso3_b)
        idx = self.admin1_layer.query(line, predicate="dwithin", distance=pad)
        order = {frontier.iso3_a: 0, frontier.iso3_b: 1}
        found = []
        for unit in self.admin1_layer.rows(sorted(i for i in idx if codes[i] in wanted)):
            stretch = shared_lines(line, unit.geometry)
            shared = geodesic_km(stretch) if stretch is not None else 0.0
            if shared < MIN_STRETCH_KM:
                shared = 0.0
                distance = geodesic_distance_km(line, unit.geometry)
                if distance > within_km or within_km <= 0:
                    continue
                anchor = shapely.ops.nearest_points(line, unit.geometry)[0]
            else:
                distance = 0.0
                anchor = midpoint(stretch)
            along = position_along(line, anchor)
            row = Row(name=unit["name"], iso3=unit["iso3"], country=unit["country"], fips=unit["fips"],
                      side=unit["iso3"], shared_km=round(shared, 3), distance_km=round(distance, 3),
                      geometry=unit.geometry)
            # sorted as pandas sorts (stable, a missing position last)
            found.append(((order.get(unit["iso3"], 2), math.isnan(along), 0.0 if math.isnan(along) else along),
                          row))
        found.sort(key=lambda item: item[0])
        return [row for _, row in found]

    def _unit_on_frontier(self, frontier: Frontier, admin1_name: str, iso3: str | None) -> Row:
        """The admin-1 row named ``admin1_name``, preferring the frontier's two countries."""
        if iso3:
            return self.admin1(admin1_name, iso3)
        for side in (frontier.iso3_a, frontier.iso3_b):
            if self._admin1_matches(admin1_name, side):
                return self.admin1(admin1_name, side)
        return self.admin1(admin1_name)

    def frontier_stretch(self, frontier: Frontier, admin1_name: str, iso3: str | None = None) -> Any:
        """The part of a frontier that runs along one admin-1 unit.

        Parameters
        ----------
        frontier : Frontier
        admin1_name : str
            The unit, in any spelling :meth:`admin1` understands.
        iso3 : str, optional
            The unit's country; by default the frontier's two countries are searched.

        Returns
        -------
        shapely LineString or MultiLineString, or None
            None when the unit does not touch the frontier.

        Raises
        ------
        NotFoundError
            When no such unit exists.
        """
        unit = self._unit_on_frontier(frontier, admin1_name, iso3)
        stretch = shared_lines(frontier.geometry, unit.geometry)
        if stretch is None or geodesic_km(stretch) < MIN_STRETCH_KM:
            return None
        return stretch

    def point_on_stretch(self, frontier: Frontier, admin1_name: str, iso3: str | None = None,
                         inward_km: float = 2.0, towns: Sequence[tuple[float, float]] = (),
                         towns_km: float = 0.0) -> Any:
        """A point near the middle of a unit's stretch of frontier, moved into the unit.

        Parameters
        ----------
        frontier : Frontier
        admin1_name : str
            The admin-1 unit the text puts the event in.
        iso3 : str, optional
            The unit's country; by default the frontier's two countries are searched.
        inward_km : float, default 2
            How far inside the unit to move the point from the frontier.
        towns : sequence of (lon, lat), optional
            Places the text names; the first within ``towns_km`` of the stretch is used: the
            point starts from the stretch's point nearest it instead of the stretch's middle.
        towns_km : float, default 0
            How near the stretch (km) a town must be to count.

        Returns
        -------
        shapely.Point
            Inside the unit's polygon, about ``inward_km`` from its edge.

        Raises
        ------
        NotFoundError
            When the unit is unknown or does not touch the frontier.
        """
        import shapely
        import shapely.ops

        unit = self._unit_on_frontier(frontier, admin1_name, iso3)
        stretch = self.frontier_stretch(frontier, admin1_name, iso3=unit["iso3"])
        if stretch is None:
            raise NotFoundError(
                f"{unit['name']} does not touch the {frontier.name_a}–{frontier.name_b} frontier")
        mid = midpoint(stretch)
        for lon, lat in towns:
            on = shapely.ops.nearest_points(stretch, shapely.Point(lon, lat))[0]
            if geodesic_distance_km(on, shapely.Point(lon, lat)) <= towns_km:
                mid = on
                break
        to_local, to_lonlat = local_projection(mid.x, mid.y)
        poly = shapely.transform(unit.geometry, to_local)
        local_mid = shapely.transform(mid, to_local)
        for distance in (inward_km * 1000.0 * f for f in (1.0, 0.5, 0.25, 0.1)):
            inner = shapely.buffer(poly, -distance * 1.02)
            if inner.is_empty:
                continue
            candidate = shapely.ops.nearest_points(inner, local_mid)[0]
            point = shapely.transform(candidate, to_lonlat)
            if unit.geometry.contains(point):
                return point
        point = unit.geometry.representative_point()
        log.debug("%s too narrow for an inward point; using a representative point", unit["name"])
        return point

    def disputed_near(self, frontier: Frontier, within_km: float = 50) -> gpd.GeoDataFrame:
        """Disputed claim lines within ``within_km`` of a frontier.

        Parameters
        ----------
        frontier : Frontier
        within_km : float, default 50

        Returns
        -------
        geopandas.GeoDataFrame
            Columns ``name, iso3_left, iso3_right, distance_km, geometry``, nearest first.
        """
        import geopandas as gpd

        line = frontier.geometry
        pad = SNAP_DEG + km_to_deg(within_km, line)
        idx = sorted(self.disputed_layer.query(line, predicate="dwithin", distance=pad))
        found = self.disputed.iloc[idx].copy()
        found["distance_km"] = [round(geodesic_distance_km(line, g), 3) for g in found.geometry]
        found = found[found["distance_km"] <= within_km].sort_values("distance_km")
        columns = ["name", "iso3_left", "iso3_right", "distance_km", "geometry"]
        return gpd.GeoDataFrame(found[columns].reset_index(drop=True), geometry="geometry",
                                crs="EPSG:4326")
