"""Regenerate geomap/gazetteer/data/country_points.csv: each country's conventional point.

Gazetteers and encyclopaedias put a country at a rounded "geographic coordinates" point
(the CIA World Factbook's, which GeoNames and Wikipedia mostly share). The table comes from
the PyPI package `countryinfo` (MIT; its `latlng` is the Factbook point), which is needed only
to rerun this script: `pip install countryinfo && python scripts/build_country_points.py`.
The output is sorted and byte-identical on rerun.
"""
import csv
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "geomap" / "gazetteer" / "data" / "country_points.csv"


def main() -> int:
    try:
        import countryinfo
    except ImportError:
        print("error: this script needs the countryinfo package (pip install countryinfo)", file=sys.stderr)
        return 1
    rows = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        iso2 = (record.get("ISO") or {}).get("alpha2")
        latlng = record.get("latlng")
        if isinstance(iso2, str) and len(iso2) == 2 and isinstance(latlng, list) and len(latlng) == 2:
            rows[iso2.upper()] = (float(latlng[0]), float(latlng[1]))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso2", "lat", "lon"])
        for iso2 in sorted(rows):
            lat, lon = rows[iso2]
            w.writerow([iso2, f"{lat:g}", f"{lon:g}"])
    print(f"wrote {len(rows)} countries to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
