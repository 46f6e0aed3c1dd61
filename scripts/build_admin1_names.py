"""Regenerate geomap/gazetteer/data/admin1_names.csv: the English names of first-level units.

News writes "Mangystau region", "Adjara", "Middle Shabelle" where Natural Earth and GeoNames
carry "Mangghystau", "Ajaria", "Shabeellaha Dhexe". The countries-states-cities database
(npm `@countrystatecity/countries` 1.0.9, ODbL-1.0) names every first-level unit the way
English-language sites do, with a point inside it; the index joins each to the Natural Earth
unit that point falls in, where the unit's own name spells the ISO 3166-2 name of the row's
code (column iso_name, from PyPI `pycountry` 26.2.16): the table's points are sometimes those
of a neighbour (geomap/gazetteer/admin1_names.py). Fetch the package and run:

    npm pack @countrystatecity/countries@1.0.9
    pip install pycountry==26.2.16
    python scripts/build_admin1_names.py countrystatecity-countries-1.0.9.tgz

The output is sorted and byte-identical on rerun. Data: countries-states-cities database,
ODbL-1.0 (see geomap/gazetteer/data/README.md).
"""
import csv
import hashlib
import json
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "geomap" / "gazetteer" / "data" / "admin1_names.csv"


def latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: build_admin1_names.py countrystatecity-countries-1.0.9.tgz", file=sys.stderr)
        return 1
    try:
        import pycountry
    except ImportError:
        print("error: this script needs pycountry (pip install pycountry==26.2.16)", file=sys.stderr)
        return 1
    iso_names = {s.code: s.name for s in pycountry.subdivisions}
    src = Path(sys.argv[1])
    rows = set()
    with tarfile.open(src) as tar:
        for m in tar.getmembers():
            if not m.name.endswith("/states.json"):
                continue
            for s in json.load(tar.extractfile(m)):
                iso_name = iso_names.get(s.get("iso3166_2") or "", "")
                if not (s.get("latitude") and s.get("longitude") and latin(s["name"]) and iso_name):
                    continue
                rows.add((s["country_code"], s["iso3166_2"], s["name"], s.get("type") or "", iso_name,
                          round(float(s["latitude"]), 4), round(float(s["longitude"]), 4)))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso2", "code", "name", "type", "iso_name", "lat", "lon"])
        w.writerows(sorted(rows))
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    print(f"wrote {len(rows)} units to {OUT} (source sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
