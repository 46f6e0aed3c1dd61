"""The team's frontier places (geomap/gazetteer/data/frontier_places.csv) on the real boundaries
and gazetteer: every row lies in its country, near its frontier, and adds a place the gazetteer
lacked; the index carries them (towns as cities, crossings as landmarks)."""
import csv
import importlib.util
from pathlib import Path

import pytest

from geomap.gazetteer import get_gazetteer

ROOT = Path(__file__).resolve().parents[1]


def _checker():
    spec = importlib.util.spec_from_file_location("check_frontier_places", ROOT / "scripts" / "check_frontier_places.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def checker():
    return _checker()


def test_every_row_lies_in_its_country_near_its_frontier_and_is_new(checker):
    rows = checker.read_rows(checker.TABLE)
    assert len(rows) >= 100
    found = checker.problems(rows)
    assert not found, "\n".join(f"{r['name']} ({r['iso2']}-{r['frontier_iso2']}): {w}" for r, w in found)


def test_the_check_catches_a_point_in_the_wrong_country_or_far_from_the_frontier(checker):
    row = {"name": "Testville", "alt_names": "", "kind": "town", "iso2": "SS", "frontier_iso2": "UG", "note": ""}
    inland = dict(row, lat="6.80", lon="31.60")  # middle of South Sudan, 350 km from Uganda
    across = dict(row, lat="3.30", lon="32.10")   # in Uganda, 30 km south of the line
    crossing = dict(row, name="Testgate", kind="crossing", lat="3.590", lon="32.065")  # on the line
    found = checker.problems([inland, across, crossing])
    assert any(r is inland and "from the SS-UG frontier" in w for r, w in found)
    assert any(r is across and "lies in UGA" in w for r, w in found)
    assert not any(r is crossing for r, _ in found)


def test_the_check_catches_a_row_written_twice(checker):
    # two helpers appending to the table each wrote the same crossing: the second row is reported
    row = {"name": "Testgate", "alt_names": "", "kind": "crossing", "iso2": "SS", "frontier_iso2": "UG",
           "lat": "3.590", "lon": "32.065", "note": ""}
    again = dict(row, lat="3.585", lon="32.060", note="written again")
    found = checker.problems([row, again])
    assert any(r is again and "also on row 'Testgate'" in w for r, w in found)
    assert not any(r is row for r, _ in found)


def test_the_check_catches_a_place_the_gazetteer_has(checker):
    row = {"name": "Goma", "alt_names": "", "kind": "town", "iso2": "CD", "frontier_iso2": "RW",
           "lat": "-1.68", "lon": "29.22", "note": ""}
    assert any("already in the gazetteer" in w for _, w in checker.problems([row]))


def test_the_index_carries_frontier_towns_and_crossings():
    gaz = get_gazetteer()
    town = gaz.lookup("Nimule", country="SS", fuzzy=False)
    assert town and town[0].gid.startswith("frontier:") and town[0].place_type == "city"
    assert town[0].admin1  # the admin-1 unit it lies in, as for GeoNames towns
    crossing = gaz.lookup("Elegu", country="UG", fuzzy=False)
    assert crossing and crossing[0].place_type == "landmark"


def test_the_table_is_well_formed(checker):
    with open(checker.TABLE, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        assert r["name"] == r["name"].strip() and r["name"]
        assert all(a == a.strip() and a for a in r["alt_names"].split("|")) or not r["alt_names"]
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180


def test_twin_towns_across_a_line_are_two_places():
    """A town and its namesake across the frontier are two rows, each in its own country:
    folding one into the other's alternate names puts the other side's events in the wrong country."""
    gaz = get_gazetteer()
    mali = gaz.lookup("Tinzaouaten", fuzzy=False)
    algeria = gaz.lookup("Tin Zaouatine", fuzzy=False)
    assert mali and mali[0].iso2 == "ML"
    assert algeria and algeria[0].iso2 == "DZ"
    assert not any(e.iso2 == "CF" for e in gaz.lookup("Um Dafok", fuzzy=False))  # Sudan's side of Am Dafok
