"""The offline gazetteer: index, name matching, transliterations, user entries."""
import json

import pytest

from geomap.exceptions import InputError
from geomap.gazetteer import Gazetteer, fold, get_gazetteer, skeleton
from geomap.gazetteer.name_variants import similar_names
from geomap.gazetteer.user import read_user_entries


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


@pytest.mark.parametrize("a,b", [
    ("Oddar Meanchey", "Otdar Mean Chey"),
    ("Sisaket", "Si Sa Ket"),
    ("Battambang", "Batdâmbâng"),
    ("Banteay Meanchey", "Bântéay Méanchey"),
    ("Akcakale", "Akçakale"),
])
def test_skeleton_absorbs_transliteration_variants(a, b):
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize("a,b", [("Surin", "Sirin"), ("Tak", "Tok"), ("Gori", "Goris")])
def test_skeleton_keeps_different_names_apart(a, b):
    assert skeleton(a) != skeleton(b)


def test_skeleton_rules_skipped_for_a_name_without_their_letter_change_no_skeleton(gaz):
    """Each rule is left out when the name lacks a letter every match of it holds: the
    skeletons are those of every rule applied in turn, for every name of the index."""
    from geomap.gazetteer.normalize import _SKELETON_RULES

    def every_rule(name):
        s = fold(name).replace(" ", "")
        for pattern, repl, _ in _SKELETON_RULES:
            s = pattern.sub(repl, s)
        return s

    names = [k for (k,) in gaz._rows("SELECT DISTINCT key FROM names WHERE rowid % 10 = 0")]
    assert len(names) > 10_000
    for name in names + ["Raqqah", "Otdtar", "Mackcq", "Khhoudh", "Deir ez-Zor"]:
        assert skeleton.__wrapped__(name) == every_rule(name), name


def test_fold_is_accent_case_and_punctuation_insensitive():
    assert fold("Otdâr  Méanchey") == "otdar meanchey"
    assert fold("Kharkivs'ka") == fold("KHARKIVSKA")


def test_similar_names_tells_spellings_from_other_names():
    assert similar_names("kyiv", "kiev")
    assert not similar_names("columbus", "franklin")


def test_index_is_built_and_has_the_sources(gaz):
    stats = gaz.stats()
    assert int(stats["entries"]) > 200_000  # cities500 + countries + admin-1 + landmarks
    assert gaz.lookup("Thailand")[0].place_type == "country"
    assert gaz.lookup("Chanthaburi")[0].place_type == "admin1"  # Natural Earth admin-1
    assert gaz.lookup("Preah Vihear Temple")[0].feature == "temple"  # team landmarks


@pytest.mark.parametrize("name,iso2,place_type", [
    ("Chanthaburi", "TH", "admin1"),
    ("Georgetown", "GY", "city"),
    ("Bangkok", "TH", "city"),
    ("Oddar Meanchey", "KH", "admin1"),
    ("Otdar Mean Chey", "KH", "admin1"),
    ("Sisaket", "TH", "admin1"),
    ("Si Sa Ket", "TH", "admin1"),
    ("Battambang", "KH", "admin1"),
    ("akçakale", "TR", "city"),
])
def test_lookup_ranks_the_expected_place_first(gaz, name, iso2, place_type):
    best = gaz.lookup(name)[0]
    assert (best.iso2, best.place_type) == (iso2, place_type)


def test_lookup_country_filter_and_codes(gaz):
    assert {e.iso2 for e in gaz.lookup("Tak", country="TH")} == {"TH"}
    assert gaz.lookup("Tak", country="THA")[0].name == "Tak"
    assert gaz.lookup("Jermuk", country="Armenia")[0].iso2 == "AM"
    with pytest.raises(InputError):
        gaz.lookup("Tak", country="Atlantis")


def test_lookup_of_unknown_name_is_empty(gaz):
    assert gaz.lookup("Qwxzzy Vvrrk") == []


def test_capital_is_marked(gaz):
    assert gaz.lookup("Phnom Penh")[0].feature == "capital"


def test_nearest_finds_places_around_a_point(gaz):
    found = gaz.nearest(12.61, 102.10, limit=3)
    assert found[0][0].name == "Chanthaburi" and found[0][1] < 2


def test_user_csv_entries_are_found(tmp_path):
    csv = tmp_path / "mine.csv"
    csv.write_text("name,alt_names,lat,lon,kind,iso2\n"
                   "Khao Kluay Ridge,Kluay Ridge|Khao Kluai,14.41,103.52,ridge,TH\n", encoding="utf-8")
    gaz = Gazetteer(extra_files=[csv])
    hit = gaz.lookup("Khao Kluai")[0]
    assert (hit.name, hit.iso2, hit.place_type) == ("Khao Kluay Ridge", "TH", "landmark")
    assert gaz.lookup("khao kluay ridge")[0].lat == pytest.approx(14.41)


def test_user_geojson_entries_are_found(tmp_path):
    path = tmp_path / "mine.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Point", "coordinates": [45.93, 40.21]},
        "properties": {"name": "Sotk Ridge Post", "kind": "checkpoint", "iso2": "AM"}}]}))
    gaz = Gazetteer(extra_files=[path])
    assert gaz.lookup("Sotk Ridge Post")[0].lon == pytest.approx(45.93)


@pytest.mark.parametrize("body,msg", [
    ("name,lat,lon\nNowhere,abc,1\n", "no valid lat/lon"),
    ("name,lat,lon\nFar Away,95,10\n", "out of range"),
    ("name,lat,lon\n,1,1\n", "needs a name"),
])
def test_bad_user_entries_are_refused_with_the_line(tmp_path, body, msg):
    csv = tmp_path / "bad.csv"
    csv.write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match=msg) as e:
        read_user_entries(csv)
    assert "line 2" in str(e.value)


def test_admin1_variants_strip_articles_descriptors_and_brackets():
    from geomap.gazetteer.name_variants import admin1_variants

    assert set(admin1_variants(["Homs (Hims)"])) == {"Homs", "Hims"}
    assert "Raqqah" in admin1_variants(["Muhafazat ar Raqqah"])
    assert "Kharkivs'ka" in admin1_variants(["Kharkivs'ka Oblast"])


def test_suffix_reaches_admin1_spelt_otherwise():
    from geomap.reading.pipeline import places_from_text

    got = {p.mention.text: p.entry for p in places_from_text("Shells fell in Raqqa governorate.")}
    assert got["Raqqa"].place_type == "admin1" and got["Raqqa"].iso2 == "SY"


def test_user_entries_get_their_country_codes_and_reach_the_cli(tmp_path):
    import subprocess
    import sys

    csv = tmp_path / "mine.csv"
    csv.write_text("name,alt_names,lat,lon,kind,iso2\nKhao Kluay Ridge,Kluay Ridge,14.41,103.52,ridge,TH\n",
                   encoding="utf-8")
    assert Gazetteer(extra_files=[csv]).lookup("Kluay Ridge")[0].iso3 == "THA"
    out = subprocess.run([sys.executable, "-m", "geomap", "--gazetteer", str(csv), "geocode", "Kluay Ridge"],
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith(" 1. Khao Kluay Ridge, Thailand")


@pytest.mark.parametrize("name,iso2", [("Goris", "AM"), ("Kapan", "AM")])
def test_the_name_as_written_outranks_another_place_s_alternate(gaz, name, iso2):
    assert gaz.lookup(name)[0].iso2 == iso2  # not Gori (GE) or Gapan (PH) through their alternates


def test_only_the_capital_itself_is_the_capital(gaz):
    # the United States has thirty small Washingtons; one of them is the capital
    capitals = [e for e in gaz.lookup("Washington", country="US") if e.feature == "capital"]
    assert [e.admin1 for e in capitals] == ["District of Columbia"]


def test_a_town_the_polygons_cut_off_their_coast_keeps_its_province(gaz):
    city = [e for e in gaz.lookup("Quebec City") if e.place_type == "city"][0]
    assert city.admin1 == "Québec"


def test_index_fingerprint_follows_content_not_file_times(tmp_path):
    """A wheel install, a checkout and a copy of the same data share one index (no rebuild);
    a changed byte in a boundary file asks for a new one."""
    import os
    import shutil

    from geomap import settings
    from geomap.gazetteer.build import source_fingerprint

    copy = tmp_path / "shapefiles"
    shutil.copytree(settings.shapefiles_dir(), copy)
    for p in copy.iterdir():
        os.utime(p, (1_000_000_000, 1_000_000_000))
    with settings.override(GEOMAP_SHAPEFILES=str(copy)):
        copied = source_fingerprint()
    assert copied == source_fingerprint()
    dbf = copy / "ne_admin1.dbf"
    data = bytearray(dbf.read_bytes())
    data[-2] ^= 1
    dbf.write_bytes(bytes(data))
    with settings.override(GEOMAP_SHAPEFILES=str(copy)):
        assert source_fingerprint() != copied


# -- admin-1 alternate names joined wrongly by Natural Earth ----------------------------------------
def test_alternates_that_name_another_unit_are_dropped_and_a_shuffled_column_is_distrusted():
    from geomap.gazetteer.name_variants import trusted_admin1_alternates

    rows = [  # a country whose gn_name column is shuffled among its units, and a stale woe_name
        dict(iso2="XA", name="Alpha", gn_name="Beta Region", woe_name="Alpha"),
        dict(iso2="XA", name="Beta", gn_name="Gamma Region", woe_name="Beta"),
        dict(iso2="XA", name="Gamma", gn_name="Northern Sea Region", woe_name="Gamma"),
        dict(iso2="XB", name="Eastern Delta", gn_name="Eastern Delta State", woe_name="South Delta"),
        dict(iso2="XB", name="Southern Delta", gn_name="Southern Delta State", woe_name="South Delta"),
        dict(iso2="XB", name="Hill", gn_name="Hill State", woe_name="Hill Country"),
    ]
    got = trusted_admin1_alternates(rows)
    assert got[0] == ["Alpha"] and got[1] == ["Beta"] and got[2] == ["Gamma"]
    assert "South Delta" not in got[3] and "South Delta" in got[4]
    assert got[5] == ["Hill State", "Hill Country"]  # names of no other unit stay


@pytest.mark.parametrize("name,unit,not_unit", [
    ("South Darfur", "Southern Darfur", "Eastern Darfur"),
    ("West Darfur", "Western Darfur", "Central Darfur"),
    ("Pomeroon-Supenaam", "Pomeroon-Supenaam", "Cuyuni-Mazaruni"),
    ("Addis Ababa", "Addis Ababa", "Oromiya"),
])
def test_admin1_alternate_names_point_at_their_own_unit(gaz, name, unit, not_unit):
    units = {e.name for e in gaz.lookup(name, fuzzy=False) if e.place_type == "admin1"}
    assert unit in units and not_unit not in units


def test_names_of_a_country_for_spelling_matches(gaz):
    names = gaz.names_in("TJ")
    assert "qalaikhumb" in names and "bangkok" not in names


def test_nearest_spelling_is_what_scoring_every_name_gives(gaz):
    """The bucketed search answers as rapidfuzz's extractOne over all of a country's names,
    ties included ("ace": "pace" comes before "acme" in the index, so nothing starts alike)."""
    import random

    from rapidfuzz import fuzz, process

    def every_name(key, names, cutoff):
        m = process.extractOne(key, names.keys(), scorer=fuzz.ratio, score_cutoff=cutoff)
        if m and m[0][:1] == key[:1] and abs(len(m[0]) - len(key)) <= 2:
            return m[0], m[1]
        return None

    rnd = random.Random(15)
    for iso2 in ("US", "TJ"):
        names = gaz.names_in(iso2)
        keys = ["ace", "qalai khumb"] + rnd.sample(list(names), 60)
        keys += ["".join(rnd.choice("aeiouhkys") if rnd.random() < 0.15 else c for c in k) for k in keys]
        found = 0
        for key in keys:
            for cutoff in (80.0, 90.0):
                expected = every_name(key, names, cutoff)
                assert gaz.spellings_in(iso2).nearest(key, cutoff) == expected, (iso2, key, cutoff)
                found += expected is not None
        assert found > 50


def test_the_key_filters_hold_every_name_of_the_index(gaz):
    """No false negatives (a name the filter lost would never be found again), and most
    absent names answered without a query."""
    import random

    for kind in ("key", "skel"):
        f = gaz._filter(kind)
        keys = [k for (k,) in gaz._rows(f"SELECT DISTINCT {kind} FROM names") if k is not None]
        assert len(keys) > 100_000 and all(f.may_hold(k) for k in keys)
        rnd = random.Random(7)
        absent = {"".join(rnd.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(rnd.randint(4, 20)))
                  for _ in range(5000)} - set(keys)
        assert sum(f.may_hold(k) for k in absent) < 0.02 * len(absent)
    assert gaz.hits("world health organization") == () and gaz.hits("bangkok")


def test_nearest_spelling_scores_only_lengths_that_can_reach_the_cutoff_and_keeps_index_order_on_ties():
    """Names are stored shortest first; names of two lengths can tie (1 - 5/55 = 1 - 6/66), and
    then the first in index order wins, as in extractOne over the names in index order."""
    import sqlite3

    from rapidfuzz import fuzz, process

    from geomap.gazetteer import spellings

    key = "abcdefghijklmnopqrstuvwxyzabcd"  # 30 characters
    names = ["a" + "x" * 40, key + "bcdefg", "abz", key[:25]]
    con = sqlite3.connect(":memory:")
    con.executescript("CREATE TABLE entries (id INTEGER, iso2 TEXT); CREATE TABLE names (key TEXT, entry INTEGER);"
                      + spellings.TABLE)
    con.execute("INSERT INTO entries VALUES (1, 'XX')")
    con.executemany("INSERT INTO names VALUES (?, 1)", [(n,) for n in names])
    spellings.write_table(con)
    group = spellings._Group(*con.execute("SELECT names, ranks, lengths FROM spellings").fetchone())
    for query, cutoff in ((key, 90.0), (key, 85.0), (key[:-1] + "x", 80.0), ("abcd", 50.0), ("zzz", 90.0)):
        expected = process.extractOne(query, names, scorer=fuzz.ratio, score_cutoff=cutoff)
        got = group.best(query, cutoff)
        assert (got and (got[0], got[1], group.rank(got[2]))) == (expected and tuple(expected)), (query, cutoff)
    assert fuzz.ratio(key, key[:25]) == fuzz.ratio(key, key + "bcdefg")  # the tie: the longer comes first
    assert group.best(key, 90.0)[0] == key + "bcdefg"


def test_nearest_spelling_answers_are_kept(gaz, monkeypatch):
    """A long article asks about the same words again: the second answer is the kept one,
    without scoring the names again, and equal to the first."""
    from geomap.gazetteer import spellings

    names = gaz.spellings_in("TJ")
    first = names.nearest("qalai khumbb", 80.0)
    calls = []
    real = spellings._Group.best
    monkeypatch.setattr(spellings._Group, "best", lambda self, *a: calls.append(a) or real(self, *a))
    assert names.nearest("qalai khumbb", 80.0) == first and first is not None
    assert calls == []
    names.nearest("qalai khumbbb", 80.0)
    assert calls


def test_a_town_keeps_its_alternate_written_with_kh_for_x(gaz):
    # Kurdish and Uzbek Latin write "x" where English writes "kh": one name, not two
    assert similar_names("zaxo", "zakho")
    assert not similar_names("zaxo", "zara")
    assert any(h.entry.name == "Zaxo" and h.entry.iso2 == "IQ" for h in gaz.hits("zakho"))


def test_a_province_is_found_under_the_english_name_geonames_gives_it():
    # Natural Earth names it "Nusa Tenggara Timur"; news writes the English name
    hits = get_gazetteer().lookup("East Nusa Tenggara")
    assert hits and hits[0].place_type == "admin1" and hits[0].iso2 == "ID" and hits[0].name == "Nusa Tenggara Timur"


def test_countries_go_by_their_short_and_long_forms():
    gaz = get_gazetteer()
    assert [e.iso2 for e in gaz.lookup("PNG") if e.place_type == "country"] == ["PG"]
    assert [e.iso2 for e in gaz.lookup("Republic of Guinea") if e.place_type == "country"] == ["GN"]
