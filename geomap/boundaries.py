"""Country and first-level boundaries: loading, point lookup and shared frontiers.

The bundled data are the shapefiles in ``shapefiles/`` (Natural Earth 1:10m v4.1.0 as
generalised by QGIS; see ``shapefiles/README.md``). Other boundary files (GADM,
geoBoundaries, OCHA COD-AB, ...) load through a column mapping; see
:func:`load_boundaries`.

Everything is in EPSG:4326 (lon, lat). Lengths are geodesic (WGS84 ellipsoid) and
distances are measured on the ellipsoid or in a local azimuthal equidistant projection.

Nothing is read at import time: the first call of :func:`load_boundaries` reads the
files (about 0.3 s for the bundled ones; later processes unpickle the prepared layers from
the user cache, see :mod:`geomap.boundary_cache`) and later calls return the same object.

Examples
--------
>>> b = load_boundaries()
>>> f = b.frontier("THA", "KHM")
>>> round(f.length_km)
652
>>> b.locate(100.5, 13.75)
('THA', 'Bangkok Metropolis')
"""
from __future__ import annotations

import functools
import logging
import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from geomap.exceptions import DataError, NotFoundError

if TYPE_CHECKING:  # heavy imports stay inside functions
    import geopandas as gpd
    import pandas as pd

__all__ = ["Boundaries", "Frontier", "load_boundaries", "fold"]

log = logging.getLogger(__name__)

#: Tolerance (degrees, about 1.1 km at the equator) for lines that should coincide but
#: do not quite, as between two countries taken from different files or with slivers.
SNAP_DEG = 0.01
#: Shared lines shorter than this (km) do not count as a land frontier.
MIN_FRONTIER_KM = 0.5
#: Stretches of a frontier along an admin-1 unit shorter than this (km) are corner touches.
MIN_STRETCH_KM = 0.05

#: Lowest difflib ratio for a fuzzy admin-1 match within one country.
FUZZY_CUTOFF = 0.8

#: Column candidates for each normalised field, tried in order; the first present wins.
#: The Natural Earth names come first, then GADM, geoBoundaries and OCHA COD-AB.
_COUNTRY_COLUMNS: dict[str, tuple[str, ...]] = {
    "iso3": ("ISO_A3", "iso_a3", "GID_0", "shapeGroup", "ADM0_ISO3", "ISO3", "iso3"),
    "iso2": ("iso_a2", "ISO_A2", "ISO2", "iso2"),
    "name": ("NAME", "name", "COUNTRY", "NAME_0", "shapeName", "ADM0_EN", "ADMIN", "admin"),
    "fips": ("FIPS_10_", "FIPS_10", "fips"),
    "adm0": ("ADM0_A3", "adm0_a3"),
}
_ADMIN1_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "NAME_1", "shapeName", "ADM1_EN", "NAME"),
    "iso2": ("iso_a2", "ISO_A2", "iso2"),
    "iso3": ("iso_a3", "GID_0", "shapeGroup", "ADM0_ISO3", "ISO3", "iso3"),
    "country": ("admin", "COUNTRY", "NAME_0", "ADM0_EN", "country"),
    "fips": ("fips", "FIPS"),
    "gn_name": ("gn_name",),
    "woe_name": ("woe_name",),
    "alt": ("VARNAME_1", "alt_names"),
}
_DISPUTED_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "NAME"),
    "iso3_left": ("iso_a3_l", "adm0_a3_l", "iso3_left"),
    "iso3_right": ("iso_a3_r", "adm0_a3_r", "iso3_right"),
}
#: Codes that mean "no code" in Natural Earth and elsewhere.
_NO_CODE = {"", "-99", "-1", "-9", "nan", "none", "null"}

#: Common English names that the Natural Earth names do not spell out (folded form -> ISO3).
_ALIASES: dict[str, str] = {
    "turkey": "TUR", "turkiye": "TUR", "czech republic": "CZE", "czechia": "CZE",
    "ivory coast": "CIV", "cote d ivoire": "CIV", "north korea": "PRK",
    "democratic people s republic of korea": "PRK", "dprk": "PRK", "south korea": "KOR",
    "republic of korea": "KOR", "korea": "KOR", "russia": "RUS", "russian federation": "RUS",
    "syria": "SYR", "syrian arab republic": "SYR", "laos": "LAO", "lao pdr": "LAO",
    "vietnam": "VNM", "viet nam": "VNM", "burma": "MMR", "myanmar": "MMR",
    "united states": "USA", "usa": "USA", "us": "USA", "united kingdom": "GBR", "uk": "GBR",
    "britain": "GBR", "great britain": "GBR", "south sudan": "SSD", "iran": "IRN",
    "democratic republic of the congo": "COD", "dr congo": "COD", "drc": "COD",
    "republic of the congo": "COG", "congo brazzaville": "COG",
    "central african republic": "CAF", "bosnia and herzegovina": "BIH", "bosnia": "BIH",
    "dominican republic": "DOM", "equatorial guinea": "GNQ", "western sahara": "ESH",
    "east timor": "TLS", "north macedonia": "MKD", "macedonia": "MKD", "eswatini": "SWZ",
    "swaziland": "SWZ", "cape verde": "CPV", "palestine": "PSE", "palestinian territories": "PSE",
    "solomon islands": "SLB", "uae": "ARE", "the gambia": "GMB", "holland": "NLD",
}
#: Words that name the kind of division rather than the division ("Changwat Surin").
_DESIGNATORS = re.compile(
    r"\b(changwat|khett|krong|province|provincia|prefecture|state|region|oblast|oblys|"
    r"governorate|muhafazat|department|departement|district|county|division|wilayah|"
    r"ostan|vilayet|il|of|the)\b"
)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold ``text`` for matching: NFKD, accents dropped, case-folded, punctuation as spaces.

    Parameters
    ----------
    text : str
        Any name.

    Returns
    -------
    str
        ``"Batdâmbâng"`` → ``"batdambang"``, ``"Côte d'Ivoire"`` → ``"cote d ivoire"``.
    """
    decomposed = unicodedata.normalize("NFKD", str(text))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ø", "o")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", bare.casefold()).split())


def _fold_keys(text: str) -> set[str]:
    """The folded forms a name matches under: as is, without designators, without spaces."""
    full = fold(text)
    if not full:
        return set()
    short = " ".join(_DESIGNATORS.sub(" ", full).split()) or full
    return {full, short, full.replace(" ", ""), short.replace(" ", "")}


def _code(value: Any) -> str | None:
    """A code column value, or None when it means "no code"."""
    if value is None:
        return None
    text = str(value).strip()
    return None if text.casefold() in _NO_CODE else text.upper()


def _text(value: Any) -> str | None:
    """A text column value, or None for missing values."""
    if value is None:
        return None
    text = str(value).strip()
    return None if text.casefold() in {"", "nan", "none"} else text


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


class Boundaries:
    """Country, admin-1 and disputed-line layers with spatial indexes.

    Build it with :func:`load_boundaries`, which caches one instance per set of files.

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

    def __init__(self, countries: gpd.GeoDataFrame, admin1: gpd.GeoDataFrame,
                 disputed: gpd.GeoDataFrame, *, source: str, _keys: tuple | None = None) -> None:
        self.countries = countries
        self.admin1_units = admin1
        self.disputed = disputed
        self.source = source
        self._frontiers: dict[tuple[str, str], tuple[Any, float] | None] = {}
        # name keys made earlier for the same frames (geomap.boundary_cache keeps them)
        self._country_keys, self._admin1_keys = _keys or (self._build_country_keys(), self._build_admin1_keys())
        # Building the STRtrees now keeps the first query fast.
        _ = countries.sindex, admin1.sindex, disputed.sindex

    def __repr__(self) -> str:
        return (f"<Boundaries {self.source}: {len(self.countries)} countries, "
                f"{len(self.admin1_units)} admin-1 units, {len(self.disputed)} disputed lines>")

    # ----------------------------------------------------------------- lookups
    def _build_country_keys(self) -> dict[str, int]:
        keys: dict[str, int] = {}
        for pos, (iso2, iso3, name) in enumerate(
                zip(self.countries["iso2"], self.countries["iso3"], self.countries["name"])):
            for key in (iso3, iso2):
                if key:
                    keys.setdefault(key.casefold(), pos)
            if name:
                for key in _fold_keys(name):
                    keys.setdefault(key, pos)
        by_iso3 = {iso3: pos for pos, iso3 in enumerate(self.countries["iso3"]) if iso3}
        for alias, iso3 in _ALIASES.items():
            if iso3 in by_iso3:
                keys.setdefault(alias, by_iso3[iso3])
        return keys

    def _build_admin1_keys(self) -> dict[str, list[tuple[int, int]]]:
        """Folded name -> [(rank, position)], rank 0 for the main name, 1 for alternates."""
        keys: dict[str, list[tuple[int, int]]] = {}
        for pos, (name, alts) in enumerate(zip(self.admin1_units["name"], self.admin1_units["alt_names"])):
            names = [(0, name)] + [(1, alt) for alt in (alts or "").split("|") if alt]
            seen: set[str] = set()
            for rank, label in names:
                if not label:
                    continue
                for key in _fold_keys(label) - seen:
                    seen.add(key)
                    keys.setdefault(key, []).append((rank, pos))
        return keys

    def country(self, code_or_name: str) -> pd.Series:
        """The country row for an ISO2 or ISO3 code or an English name.

        Parameters
        ----------
        code_or_name : str
            ``"TH"``, ``"tha"``, ``"Thailand"``, or a common variant ("Türkiye", "Ivory
            Coast", "North Korea", "Russia", ...). Case and accents do not matter.

        Returns
        -------
        pandas.Series
            A row of :attr:`countries` (``iso2, iso3, name, geometry``).

        Raises
        ------
        NotFoundError
            When the data has no such country.
        """
        text = str(code_or_name).strip()
        pos = self._country_keys.get(text.casefold())
        if pos is None:
            for key in _fold_keys(text):
                pos = self._country_keys.get(key)
                if pos is not None:
                    break
        if pos is None:
            raise NotFoundError(f"unknown country {text!r} in {self.source}")
        return self.countries.iloc[pos]

    def _iso3(self, code_or_name: str) -> str:
        row = self.country(code_or_name)
        if not row["iso3"]:
            raise NotFoundError(f"country {row['name']!r} has no code in {self.source}")
        return row["iso3"]

    def admin1(self, name: str, iso3: str | None = None) -> pd.Series:
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
        pandas.Series
            A row of :attr:`admin1_units`.

        Raises
        ------
        NotFoundError
            When no unit matches.
        """
        hits = self._admin1_matches(name, iso3)
        if not hits:
            where = f" in {iso3}" if iso3 else ""
            raise NotFoundError(f"unknown first-level division {name!r}{where} in {self.source}")
        if len({self.admin1_units["iso3"].iat[p] for _, p in hits}) > 1:
            log.debug("admin-1 %r is ambiguous without a country; taking the first", name)
        return self.admin1_units.iloc[min(hits)[1]]

    def _admin1_matches(self, name: str, iso3: str | None) -> list[tuple[int, int]]:
        want = self._iso3(iso3) if iso3 else None
        codes = self.admin1_units["iso3"]
        hits: set[tuple[int, int]] = set()
        for key in _fold_keys(name):
            hits.update(self._admin1_keys.get(key, ()))
        if want:
            hits = {h for h in hits if codes.iat[h[1]] == want}
            if not hits:
                hits = self._admin1_fuzzy(name, want)
        return sorted(hits)

    def _admin1_fuzzy(self, name: str, iso3: str) -> set[tuple[int, int]]:
        """Close spellings within one country ("Oddar Meanchey" → "Otdar Mean Chey").

        Compares spaceless folded names with difflib; a ratio of at least
        ``FUZZY_CUTOFF`` counts, and only the best-scoring units are returned (rank 2).
        """
        import difflib

        target = fold(name).replace(" ", "")
        short = min(_fold_keys(name), key=len)
        best: dict[int, float] = {}
        matchers = [difflib.SequenceMatcher(None, "", t) for t in {target, short}]
        for key, positions in self._spaceless_admin1_keys().get(iso3, ()):
            score = 0.0
            for matcher in matchers:
                # difflib's ratio is SequenceMatcher(None, t, key).ratio() either way round;
                # its quick bounds skip the keys that cannot reach the cutoff
                matcher.set_seq1(key)
                if matcher.real_quick_ratio() >= FUZZY_CUTOFF and matcher.quick_ratio() >= FUZZY_CUTOFF:
                    score = max(score, difflib.SequenceMatcher(None, matcher.b, key).ratio())
            if score >= FUZZY_CUTOFF:
                for pos in positions:
                    if score > best.get(pos, 0.0):
                        best[pos] = score
        if not best:
            return set()
        top = max(best.values())
        found = {(2, pos) for pos, score in best.items() if score == top}
        log.debug("admin-1 %r in %s matched fuzzily (%.2f): %s", name, iso3, top,
                  [self.admin1_units["name"].iat[p] for _, p in found])
        return found

    def _spaceless_admin1_keys(self) -> dict[str, list[tuple[str, list[int]]]]:
        """ISO3 -> [(spaceless folded key, unit positions)], made once: the fuzzy match
        compares a name with one country's keys, not every key of the world (95 ms a call)."""
        if getattr(self, "_fuzzy_keys", None) is None:
            codes = self.admin1_units["iso3"].tolist()
            table: dict[str, dict[str, list[int]]] = {}
            for key, entries in self._admin1_keys.items():
                if " " in key:
                    continue
                for _, pos in entries:
                    table.setdefault(codes[pos], {}).setdefault(key, []).append(pos)
            self._fuzzy_keys = {iso3: list(keys.items()) for iso3, keys in table.items()}
        return self._fuzzy_keys

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
        for layer, column in ((self.countries, "iso3"), (self.admin1_units, "name")):
            hits = layer.sindex.query(point, predicate="intersects")
            found.append(layer[column].iat[int(hits.min())] if len(hits) else None)
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
        for layer, column, target in ((self.countries, "iso3", "iso3"), (self.admin1_units, "name", "admin1")):
            if len(points) == 0:
                break
            pt_idx, geom_idx = layer.sindex.query(points, predicate="intersects")
            if len(pt_idx):
                first = pd.Series(geom_idx, index=pt_idx).groupby(level=0).min()
                out.loc[first.index, target] = layer[column].to_numpy()[first.to_numpy()]
        return out

    # --------------------------------------------------------------- frontiers
    def _shared_line(self, a: str, b: str) -> tuple[Any, float] | None:
        """Merged shared border of two ISO3 countries and its length, or None."""
        key = (a, b) if a <= b else (b, a)
        if key not in self._frontiers:
            geom_a = _dissolved(self.countries, self.countries["iso3"] == key[0])
            geom_b = _dissolved(self.countries, self.countries["iso3"] == key[1])
            line = _shared_lines(geom_a.boundary, geom_b)
            length = _geodesic_km(line) if line is not None else 0.0
            self._frontiers[key] = (line, length) if length > MIN_FRONTIER_KM else None
        return self._frontiers[key]

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
        geom = _dissolved(self.countries, self.countries["iso3"] == code)
        idx = self.countries.sindex.query(geom, predicate="dwithin", distance=SNAP_DEG)
        others = {self.countries["iso3"].iat[i] for i in idx} - {code, None}
        found = [o for o in sorted(others) if self._shared_line(code, o) is not None]
        log.debug("neighbours of %s: %s (%d candidates)", code, found, len(others))
        return found

    def admin1_along(self, frontier: Frontier, within_km: float = 0.0) -> gpd.GeoDataFrame:
        """The admin-1 units of both countries along a frontier.

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
        """
        import geopandas as gpd
        import numpy as np
        import shapely

        line = frontier.geometry
        pad = SNAP_DEG + _km_to_deg(within_km, line)
        mine = self.admin1_units["iso3"].isin([frontier.iso3_a, frontier.iso3_b]).to_numpy()
        idx = self.admin1_units.sindex.query(line, predicate="dwithin", distance=pad)
        idx = np.array(sorted(i for i in idx if mine[i]), dtype=int)
        units = self.admin1_units.iloc[idx]
        order = {frontier.iso3_a: 0, frontier.iso3_b: 1}
        rows = []
        for _, unit in units.iterrows():
            stretch = _shared_lines(line, unit.geometry)
            shared = _geodesic_km(stretch) if stretch is not None else 0.0
            if shared < MIN_STRETCH_KM:
                shared = 0.0
                distance = _geodesic_distance_km(line, unit.geometry)
                if distance > within_km or within_km <= 0:
                    continue
                anchor = shapely.ops.nearest_points(line, unit.geometry)[0]
            else:
                distance = 0.0
                anchor = _midpoint(stretch)
            rows.append({"name": unit["name"], "iso3": unit["iso3"], "country": unit["country"],
                         "fips": unit["fips"], "side": unit["iso3"], "shared_km": round(shared, 3),
                         "distance_km": round(distance, 3),
                         "_order": order.get(unit["iso3"], 2),
                         "_along": _position_along(line, anchor), "geometry": unit.geometry})
        columns = ["name", "iso3", "country", "fips", "side", "shared_km", "distance_km", "geometry"]
        if not rows:
            return gpd.GeoDataFrame(columns=columns, geometry="geometry", crs="EPSG:4326")
        frame = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
        frame = frame.sort_values(["_order", "_along"]).reset_index(drop=True)
        return frame[columns]

    def _unit_on_frontier(self, frontier: Frontier, admin1_name: str, iso3: str | None) -> pd.Series:
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
        stretch = _shared_lines(frontier.geometry, unit.geometry)
        if stretch is None or _geodesic_km(stretch) < MIN_STRETCH_KM:
            return None
        return stretch

    def point_on_stretch(self, frontier: Frontier, admin1_name: str, iso3: str | None = None,
                         inward_km: float = 2.0) -> Any:
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

        unit = self._unit_on_frontier(frontier, admin1_name, iso3)
        stretch = self.frontier_stretch(frontier, admin1_name, iso3=unit["iso3"])
        if stretch is None:
            raise NotFoundError(
                f"{unit['name']} does not touch the {frontier.name_a}–{frontier.name_b} frontier")
        mid = _midpoint(stretch)
        to_local, to_lonlat = _local_projection(mid.x, mid.y)
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
        pad = SNAP_DEG + _km_to_deg(within_km, line)
        idx = sorted(self.disputed.sindex.query(line, predicate="dwithin", distance=pad))
        found = self.disputed.iloc[idx].copy()
        found["distance_km"] = [round(_geodesic_distance_km(line, g), 3) for g in found.geometry]
        found = found[found["distance_km"] <= within_km].sort_values("distance_km")
        columns = ["name", "iso3_left", "iso3_right", "distance_km", "geometry"]
        return gpd.GeoDataFrame(found[columns].reset_index(drop=True), geometry="geometry",
                                crs="EPSG:4326")


# ------------------------------------------------------------------ geometry helpers
def _lines_only(geom: Any) -> Any:
    """The line parts of a geometry as one (Multi)LineString, or None."""
    import shapely

    if geom is None or geom.is_empty:
        return None
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("LineString", "MultiLineString")]
    parts = [q for p in parts for q in shapely.get_parts(p) if q.length > 0]
    if not parts:
        return None
    return shapely.line_merge(shapely.multilinestrings(parts))


def _shared_lines(lines: Any, other: Any, tol: float = SNAP_DEG) -> Any:
    """The parts of ``lines`` that run along the outline of polygon ``other``.

    Exact edges shared by both geometries are used when they account for nearly all of
    the tolerant match (the two share vertices, as layers made from one source do);
    otherwise the parts of ``lines`` within ``tol`` degrees of ``other``.
    """
    import shapely

    minx, miny, maxx, maxy = shapely.bounds(lines)
    near = shapely.clip_by_rect(other, minx - 2 * tol, miny - 2 * tol, maxx + 2 * tol, maxy + 2 * tol)
    if near.is_empty:
        return None
    loose = _lines_only(shapely.intersection(lines, shapely.buffer(near, tol)))
    if loose is None:
        return None
    exact = _lines_only(shapely.intersection(lines, shapely.boundary(near)))
    if exact is not None and (exact.length >= 0.9 * loose.length or loose.length - exact.length <= 4 * tol):
        # clip_by_rect adds edges along the clipping box; they lie outside ``lines``' box.
        return exact
    return loose


def _dissolved(frame: gpd.GeoDataFrame, mask: Any) -> Any:
    """The union of the geometries selected by ``mask``."""
    import shapely

    geoms = frame.geometry[mask].to_numpy()
    if len(geoms) == 1:
        return geoms[0]
    return shapely.union_all(geoms)


@functools.lru_cache(maxsize=1)
def _geod() -> Any:
    from pyproj import Geod

    return Geod(ellps="WGS84")


def _geodesic_km(geom: Any) -> float:
    """Geodesic length of a line geometry in km."""
    return float(_geod().geometry_length(geom)) / 1000.0


def _geodesic_distance_km(a: Any, b: Any) -> float:
    """Approximate geodesic distance between two geometries (0 when they touch)."""
    import shapely

    if shapely.intersects(a, b):
        return 0.0
    pa, pb = shapely.ops.nearest_points(a, b)
    _, _, metres = _geod().inv(pa.x, pa.y, pb.x, pb.y)
    return float(metres) / 1000.0


def _km_to_deg(km: float, geom: Any) -> float:
    """A degree distance that covers ``km`` anywhere near ``geom`` (generous at high latitude)."""
    import math

    import shapely

    if km <= 0:
        return 0.0
    _, miny, _, maxy = shapely.bounds(geom)
    lat = min(max(abs(miny), abs(maxy)), 85.0)
    return km / (111.32 * math.cos(math.radians(lat)))


def _midpoint(stretch: Any) -> Any:
    """The point halfway along the longest part of a line geometry."""
    import shapely

    parts = shapely.get_parts(stretch)
    longest = max(parts, key=lambda p: p.length)
    return shapely.line_interpolate_point(longest, 0.5, normalized=True)


def _position_along(line: Any, point: Any) -> float:
    """Fraction (0–1) of the way along ``line`` nearest to ``point``."""
    import shapely

    merged = shapely.line_merge(line) if line.geom_type == "MultiLineString" else line
    return float(shapely.line_locate_point(merged, point, normalized=True))


def _local_projection(lon: float, lat: float) -> tuple[Any, Any]:
    """Coordinate functions to and from an azimuthal equidistant CRS centred on a point."""
    import numpy as np
    from pyproj import Transformer

    crs = f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m"
    forward = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    backward = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)

    def to_local(coords):
        x, y = forward.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    def to_lonlat(coords):
        x, y = backward.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return to_local, to_lonlat


# ------------------------------------------------------------------------- loading
def _pick(frame: pd.DataFrame, field: str, candidates: tuple[str, ...],
          mapping: Mapping[str, str]) -> str | None:
    """The column of ``frame`` that holds ``field``: the user's mapping first, then known names."""
    wanted = mapping.get(field)
    if wanted and wanted in frame.columns:
        return wanted
    for column in candidates:
        if column in frame.columns:
            return column
    return None


def _read(path: Path, kind: str) -> gpd.GeoDataFrame:
    import pyogrio

    if not Path(path).exists():
        raise DataError(f"{kind} boundary file not found: {path}")
    try:
        frame = pyogrio.read_dataframe(path, use_arrow=True)
    except Exception as exc:  # pyogrio raises several GDAL error types
        raise DataError(f"cannot read {kind} boundary file {path}: {exc}") from exc
    if frame.crs is None:
        log.warning("%s has no CRS; assuming EPSG:4326", path)
        frame = frame.set_crs("EPSG:4326")
    elif not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs("EPSG:4326")
    return frame


def _column(frame: pd.DataFrame, column: str | None, clean: Any) -> list[Any]:
    """Cleaned values of one column (all None when ``column`` is None)."""
    if column is None:
        return [None] * len(frame)
    return [clean(v) for v in frame[column].tolist()]


def _objects(values: Sequence[Any]) -> pd.Series:
    """An object Series, so that missing text stays None (pandas 3 would make it NaN)."""
    import pandas as pd

    return pd.Series(list(values), dtype=object)


def _normalise_countries(raw: gpd.GeoDataFrame, mapping: Mapping[str, str]) -> gpd.GeoDataFrame:
    import geopandas as gpd

    cols = {f: _pick(raw, f, c, mapping) for f, c in _COUNTRY_COLUMNS.items()}
    if mapping.get("name") not in raw.columns and mapping.get("country") in raw.columns:
        cols["name"] = mapping["country"]
    if cols["iso3"] is None and cols["name"] is None:
        raise DataError(f"countries file has neither an iso3 nor a name column: {list(raw.columns)}")
    iso3 = _column(raw, cols["iso3"], _code)
    adm0 = _column(raw, cols["adm0"], _code)
    iso3 = [i or a for i, a in zip(iso3, adm0)]  # Somaliland etc.: Natural Earth's own code
    frame = gpd.GeoDataFrame({
        "iso2": _objects(_column(raw, cols["iso2"], _code)),
        "iso3": _objects(iso3),
        "name": _objects(_column(raw, cols["name"], _text)),
    }, geometry=raw.geometry.values, crs="EPSG:4326")
    frame["name"] = _objects([n or i for n, i in zip(frame["name"], frame["iso3"])])
    frame = frame[~frame.geometry.is_empty & frame.geometry.notna()]
    if frame["iso3"].duplicated().any() and frame["iso3"].notna().all():
        frame = frame.dissolve("iso3", as_index=False, aggfunc="first")[["iso2", "iso3", "name", "geometry"]]
    return frame.reset_index(drop=True)


def _normalise_admin1(raw: gpd.GeoDataFrame, mapping: Mapping[str, str],
                      countries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    cols = {f: _pick(raw, f, c, mapping) for f, c in _ADMIN1_COLUMNS.items()}
    if cols["name"] is None:
        raise DataError(f"admin-1 file has no name column (map one with name=COLUMN): {list(raw.columns)}")
    names = _column(raw, cols["name"], _text)
    alt_columns = [_column(raw, cols[f], _text) for f in ("gn_name", "woe_name", "alt") if cols[f]]
    alts = []
    for pos, name in enumerate(names):
        seen = {fold(name)} if name else set()
        extra = []
        for column in alt_columns:
            for value in (column[pos] or "").split("|"):
                value = value.strip()
                key = fold(value)
                if key and key not in seen:
                    seen.add(key)
                    extra.append(value)
        alts.append("|".join(extra))
    frame = gpd.GeoDataFrame({
        "name": _objects(names),
        "iso2": _objects(_column(raw, cols["iso2"], _code)),
        "iso3": _objects(_column(raw, cols["iso3"], _code)),
        "country": _objects(_column(raw, cols["country"], _text)),
        "fips": _objects(_column(raw, cols["fips"], _text)),
        "alt_names": _objects(alts),
    }, geometry=raw.geometry.values, crs="EPSG:4326")
    frame = frame[~frame.geometry.is_empty & frame.geometry.notna()].reset_index(drop=True)
    # Fill what the file lacks from the countries layer.
    by_iso2 = {r.iso2: r for r in countries.itertuples() if r.iso2}
    by_iso3 = {r.iso3: r for r in countries.itertuples() if r.iso3}
    missing = frame["iso3"].isna()
    if missing.any():
        from_iso2 = frame.loc[missing, "iso2"].map(lambda c: by_iso2[c].iso3 if c in by_iso2 else None)
        frame.loc[missing, "iso3"] = from_iso2
    missing = frame["iso3"].isna()
    if missing.any():  # spatial join on a point inside each unit
        points = frame.loc[missing].geometry.representative_point()
        idx_pt, idx_c = countries.sindex.query(points.values, predicate="intersects")
        hit = pd.Series(countries["iso3"].to_numpy()[idx_c], index=points.index[idx_pt])
        frame.loc[hit.index[~hit.index.duplicated()], "iso3"] = hit[~hit.index.duplicated()]
    frame["iso3"] = _objects([i3 if isinstance(i3, str) else None for i3 in frame["iso3"]])
    frame["iso2"] = _objects([i2 or (by_iso3[i3].iso2 if i3 in by_iso3 else None)
                              for i2, i3 in zip(frame["iso2"], frame["iso3"])])
    frame["country"] = _objects([c or (by_iso3[i3].name if i3 in by_iso3 else None)
                                 for c, i3 in zip(frame["country"], frame["iso3"])])
    return frame


def _normalise_disputed(raw: gpd.GeoDataFrame, mapping: Mapping[str, str]) -> gpd.GeoDataFrame:
    import geopandas as gpd

    cols = {f: _pick(raw, f, c, mapping) for f, c in _DISPUTED_COLUMNS.items()}
    return gpd.GeoDataFrame({
        "name": _objects(_column(raw, cols["name"], _text)),
        "iso3_left": _objects(_column(raw, cols["iso3_left"], _code)),
        "iso3_right": _objects(_column(raw, cols["iso3_right"], _code)),
    }, geometry=raw.geometry.values, crs="EPSG:4326")


def _empty_disputed() -> gpd.GeoDataFrame:
    import geopandas as gpd

    return gpd.GeoDataFrame({"name": [], "iso3_left": [], "iso3_right": []},
                            geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")


_NE_SOURCE = "Natural Earth 1:10m v4.1.0 (QGIS world_map)"
_NE_FILES = {"ne_countries.shp", "ne_admin1.shp", "ne_disputed.shp"}


def _describe(countries: Path, admin1: Path, disputed: Path | None) -> str:
    """Human description of the data: the bundled set by name, user files by file name."""
    names = [_NE_SOURCE if path.name in _NE_FILES else path.name
             for path in (countries, admin1, disputed) if path is not None and path.exists()]
    return " + ".join(dict.fromkeys(names))


def _prepare(countries: str, admin1: str, disputed: str | None, columns: tuple[tuple[str, str], ...]
             ) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame, gpd.GeoDataFrame, tuple]:
    """The three layers read and normalised, and their name keys (what geomap.boundary_cache
    keeps between runs)."""
    mapping = dict(columns)
    raw_countries = _read(Path(countries), "countries")
    raw_admin1 = _read(Path(admin1), "admin-1")
    countries_frame = _normalise_countries(raw_countries, mapping)
    admin1_frame = _normalise_admin1(raw_admin1, mapping, countries_frame)
    if disputed and Path(disputed).exists():
        disputed_frame = _normalise_disputed(_read(Path(disputed), "disputed"), mapping)
    else:
        disputed_frame = _empty_disputed()
    made = Boundaries(countries_frame, admin1_frame, disputed_frame, source="")
    return countries_frame, admin1_frame, disputed_frame, (made._country_keys, made._admin1_keys)


@functools.lru_cache(maxsize=8)
def _load(countries: str, admin1: str, disputed: str | None,
          columns: tuple[tuple[str, str], ...]) -> Boundaries:
    from geomap.boundary_cache import prepared

    started = time.perf_counter()
    if disputed and not Path(disputed).exists():
        log.warning("disputed-lines file %s not found; continuing without it", disputed)
    for path, kind in ((countries, "countries"), (admin1, "admin-1")):
        if not Path(path).exists():  # checked here too: the cache must not hide a missing file
            raise DataError(f"{kind} boundary file not found: {path}")
    countries_frame, admin1_frame, disputed_frame, keys = prepared(
        (countries, admin1, disputed), columns, _prepare, countries, admin1, disputed, columns)
    source = _describe(Path(countries), Path(admin1), Path(disputed) if disputed else None)
    boundaries = Boundaries(countries_frame, admin1_frame, disputed_frame, source=source, _keys=keys)
    log.info("loaded %r in %.3f s", boundaries, time.perf_counter() - started)
    return boundaries


def load_boundaries(countries: str | Path | None = None, admin1: str | Path | None = None,
                    disputed: str | Path | None = None,
                    columns: Mapping[str, str] | None = None) -> Boundaries:
    """Load the boundary layers once per process and return them.

    Parameters
    ----------
    countries, admin1, disputed : str or Path, optional
        Boundary files in any format GDAL reads. Default: ``settings.boundary_file(kind)``
        (the bundled Natural Earth shapefiles unless ``GEOMAP_COUNTRIES`` etc. are set).
        A missing ``disputed`` file is allowed (no claim lines).
    columns : mapping, optional
        For user files (GADM, geoBoundaries, OCHA COD-AB): geomap field → file column,
        for the fields ``iso3``, ``iso2``, ``name`` (the country's name in the countries
        file, the unit's name in the admin-1 file), ``country`` (the admin-1 unit's
        country name; also the countries file's name column when ``name`` is absent there),
        ``fips``, and for the disputed file ``iso3_left``/``iso3_right``. A mapped column
        that a file lacks is ignored for that file. Unmapped fields fall back to known
        column names (Natural Earth, GADM ``GID_0``/``NAME_1``/``COUNTRY``,
        geoBoundaries ``shapeGroup``/``shapeName``, COD-AB ``ADM1_EN``); an admin-1 unit
        without a country code gets the country its interior point lies in. Default:
        ``settings.boundary_columns()`` (``GEOMAP_COLUMNS``).

    Returns
    -------
    Boundaries
        The same object for the same arguments within a process.

    Raises
    ------
    DataError
        When a file is missing, unreadable or lacks the columns needed.
    """
    from geomap import settings

    paths = {}
    for kind, given in (("countries", countries), ("admin1", admin1), ("disputed", disputed)):
        path = Path(given) if given is not None else settings.boundary_file(kind)
        paths[kind] = str(path.expanduser().resolve())
    mapping = dict(settings.boundary_columns() if columns is None else columns)
    return _load(paths["countries"], paths["admin1"], paths["disputed"], tuple(sorted(mapping.items())))
