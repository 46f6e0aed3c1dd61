"""Check the team's frontier places (geomap/gazetteer/data/frontier_places.csv, or another
table in the same columns) against the bundled boundaries and the gazetteer.

Each row must
- name a known kind (crossing, town, village, post, camp) and two different countries;
- lie in country ``iso2`` (a crossing or post may lie up to 3 km across the line: the
  generalised boundaries move the line by that much);
- lie near the iso2–frontier_iso2 frontier: within 40 km for a town, village or camp,
  10 km for a crossing or post;
- add a place: no entry the gazetteer already has (GeoNames, landmarks) shares a folded
  name with it in the same country within 25 km, and no other row has its name and country.

Usage: python scripts/check_frontier_places.py [TABLE.csv ...]   (exit 1 when a row fails)
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

KINDS = ("crossing", "town", "village", "post", "camp")
COLUMNS = ["name", "alt_names", "lat", "lon", "kind", "iso2", "frontier_iso2", "note"]
#: how far from the frontier line a row may lie, by kind (km)
NEAR_KM = {"crossing": 10.0, "post": 10.0, "town": 40.0, "village": 40.0, "camp": 40.0}
#: how far across the line a crossing or post may lie (km)
ACROSS_KM = 3.0
#: a gazetteer entry of the same name and country this close is the same place (km)
SAME_PLACE_KM = 25.0

TABLE = Path(__file__).resolve().parents[1] / "geomap" / "gazetteer" / "data" / "frontier_places.csv"


def read_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            raise SystemExit(f"{path}: columns {reader.fieldnames}, expected {COLUMNS}")
        return list(reader)


def problems(rows: list[dict]) -> list[tuple[dict, str]]:
    """(row, what is wrong) for every failing check of every row."""
    from geomap.gazetteer import fold, get_gazetteer, haversine_km
    from geomap.reading.borders import default_borders

    gaz = get_gazetteer()
    borders = default_borders()
    iso3 = {iso2: e.iso3 for iso2, e in gaz.countries().items()}
    seen: dict[tuple[str, str], dict] = {}
    out: list[tuple[dict, str]] = []
    for row in rows:
        bad = out.append
        kind, a2, b2 = row["kind"], row["iso2"], row["frontier_iso2"]
        if kind not in KINDS:
            bad((row, f"kind {kind!r} not one of {KINDS}"))
            continue
        if a2 not in iso3 or b2 not in iso3 or a2 == b2:
            bad((row, f"countries {a2}/{b2} unknown or the same"))
            continue
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            bad((row, "lat/lon not numbers"))
            continue
        near = borders.nearest_on_frontier(iso3[a2], iso3[b2], lon, lat)
        if near is None:
            bad((row, f"no {a2}-{b2} frontier in the boundaries"))
            continue
        off = haversine_km(lat, lon, near[1], near[0])
        if off > NEAR_KM[kind]:
            bad((row, f"{off:.1f} km from the {a2}-{b2} frontier (at most {NEAR_KM[kind]:.0f})"))
        where = borders.locate(lon, lat)[0]
        if where != iso3[a2] and not (kind in ("crossing", "post") and off <= ACROSS_KM):
            bad((row, f"lies in {where}, not {a2} ({off:.1f} km from the frontier)"))
        names = [row["name"], *[n for n in row["alt_names"].split("|") if n]]
        for n in set(names):
            key = (fold(n), a2)
            if key in seen and seen[key] is not row:  # also a second row of the same name
                bad((row, f"name {n!r} also on row {seen[key]['name']!r}"))
            seen.setdefault(key, row)
        for n in names:
            for h in gaz.hits(fold(n)):
                e = h.entry
                if e.gid.startswith("frontier:") or e.iso2 != a2:
                    continue
                d = haversine_km(lat, lon, e.lat, e.lon)
                if d <= SAME_PLACE_KM:
                    bad((row, f"{n!r} already in the gazetteer: {e.gid} {e.name} ({d:.0f} km)"))
    return out


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or [TABLE]
    rows = [r for p in paths for r in read_rows(p)]
    found = problems(rows)
    for row, what in found:
        print(f"{row['name']} ({row['iso2']}-{row['frontier_iso2']}, {row['kind']}): {what}")
    failed = len({id(r) for r, _ in found})
    print(f"{len(rows)} rows, {failed} failing", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
