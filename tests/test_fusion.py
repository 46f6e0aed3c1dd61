"""Event fusion (geomap.fusion): each rule on a small hand-made case, then the whole corpus.

The unit cases use real coordinates of border towns (Kantharalak and Khun Han in Si Sa Ket,
Sotk in Gegharkunik, Tegh and Kapan in Syunik) so that the distances are the ones the
rules were written for.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.fusion import fuse, fuse_incidents
from geomap.fusion import fuse_displacement

ROOT = Path(__file__).resolve().parents[1]
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")
KANTHARALAK = (104.6499, 14.6406)
KHUN_HAN = (104.4251, 14.6174)        # 24 km west of Kantharalak
SOTK = (45.8695, 40.2001)
TEGH = (46.4805, 39.5583)
KAPAN = (46.4068, 39.2076)            # 39 km south of Tegh, also in Syunik
# a stretch of frontier running north-south at 104.70 E
LINE = {"type": "LineString", "coordinates": [[104.70, 14.20], [104.70, 14.50], [104.70, 14.90]]}


def inc(doc, where=KANTHARALAK, date="2025-12-09", *, kind=SHELLING, precision=1, tp=1, date_text="on Tuesday",
        fatalities=None, iso3="THA", admin1="Si Sa Ket", location=None, published=None, geometry=None,
        sentence=None):
    """An incident feature as geomap writes it, with its document's id, title and date."""
    geometry = geometry or {"type": "Point", "coordinates": list(where)}
    return {"type": "Feature", "geometry": geometry, "properties": {
        "layer": "incident", "event_type": kind[0], "sub_event_type": kind[1], "date": date,
        "time_precision": tp if date else None, "date_text": date_text if date else None,
        "fatalities": fatalities, "fatalities_text": None if fatalities is None else f"{fatalities} killed",
        "location": location or f"place at {where[0]:.3f}", "iso3": iso3, "admin1": admin1,
        "geo_precision": precision, "source_sentence": sentence or f"Report {doc}.",
        "document": doc, "title": f"Title of {doc}", "published": published or date or "2025-12-10"}}


def groups(features) -> list[list[str]]:
    """The fused events as sorted lists of their source documents."""
    return sorted(sorted(s["document"] for s in f["properties"]["sources"]) for f in fuse_incidents(features))


def test_one_event_told_by_three_outlets_keeps_every_source_and_the_lowest_toll():
    events = fuse_incidents([inc("a", fatalities=4, published="2025-12-09"),
                             inc("b", (104.66, 14.65), fatalities=3, published="2025-12-10"),
                             inc("c", fatalities=2, published="2025-12-11", sentence="Two people were killed.")])
    assert len(events) == 1
    p = events[0]["properties"]
    assert p["report_count"] == 3 and p["fatalities"] == 2 and p["fatalities_reported"] == [4, 3, 2]
    assert [s["document"] for s in p["sources"]] == ["a", "b", "c"]
    assert p["sources"][2] | {"title": "Title of c", "date": "2025-12-11", "sentence": "Two people were killed."} \
        == p["sources"][2]
    assert (p["date"], p["date_start"], p["date_end"]) == ("2025-12-09",) * 3
    assert p["event_type"] == SHELLING[0] and p["event_id"] == "E00001"


def test_zero_is_the_lowest_toll_and_unknown_is_not_a_figure():
    events = fuse_incidents([inc("a", fatalities=3), inc("b", fatalities=None), inc("c", fatalities=0)])
    assert [e["properties"]["fatalities"] for e in events] == [0]
    assert fuse_incidents([inc("a"), inc("b")])[0]["properties"]["fatalities"] is None


def test_two_towns_24_km_apart_on_the_same_day_are_two_events():
    assert groups([inc("a"), inc("b", KHUN_HAN), inc("c"), inc("d", KHUN_HAN)]) == [["a", "c"], ["b", "d"]]


def test_the_distance_allowed_depends_on_precision():
    north = (KANTHARALAK[0], KANTHARALAK[1] + 0.117)  # 13 km north
    assert len(groups([inc("a"), inc("b", north)])) == 2                  # two towns
    assert len(groups([inc("a"), inc("b", north, precision=2)])) == 1     # a town and "near" it


def test_every_pair_in_an_event_must_match_so_places_do_not_chain():
    # three towns 8 km apart in a row: the two ends are 16 km apart, too far for one event
    row = [inc(doc, (KANTHARALAK[0] + 0.075 * k, KANTHARALAK[1])) for k, doc in enumerate("abc")]
    assert len(groups(row)) == 2


def test_the_same_town_shelled_on_two_days_is_two_events():
    a = inc("a", SOTK, "2026-04-13", iso3="ARM", admin1="Gegharkunik")
    b = inc("b", SOTK, "2026-04-16", iso3="ARM", admin1="Gegharkunik")
    assert len(groups([a, b])) == 2


def test_a_night_spans_two_dates():
    night = inc("a", SOTK, "2026-04-13", date_text="overnight", iso3="ARM", admin1="Gegharkunik")
    day = inc("b", SOTK, "2026-04-13", date_text="on Monday", iso3="ARM", admin1="Gegharkunik")
    next_day = inc("c", SOTK, "2026-04-14", date_text="on 14 April", iso3="ARM", admin1="Gegharkunik")
    assert groups([night, next_day]) == [["a", "c"]]
    assert len(groups([day, next_day])) == 2
    p = fuse_incidents([night, next_day])[0]["properties"]
    assert (p["date_start"], p["date_end"]) == ("2026-04-13", "2026-04-14")


def test_types_must_agree_and_a_sub_type_may_only_be_refined():
    assert len(groups([inc("a", kind=CLASH), inc("b")])) == 2
    retaken = ("Battles", "Government regains territory")
    fused = fuse_incidents([inc("a", kind=CLASH), inc("b", kind=retaken)])
    assert len(fused) == 1 and fused[0]["properties"]["sub_event_type"] == "Government regains territory"
    drone = ("Explosions/Remote violence", "Air/drone strike")
    assert len(groups([inc("a"), inc("b", kind=drone)])) == 2


def test_one_article_is_never_fused_with_itself_unless_it_tells_one_event_twice():
    near = (KANTHARALAK[0] + 0.04, KANTHARALAK[1])  # 4 km east: one event if two outlets said so
    assert len(groups([inc("a"), inc("a", near)])) == 2
    assert groups([inc("a"), inc("b", near)]) == [["a", "b"]]
    twice = fuse_incidents([inc("a", location="Kantharalak"), inc("a", location="Kantharalak", fatalities=1),
                            inc("b", location="Kantharalak")])
    assert len(twice) == 1
    assert twice[0]["properties"]["report_count"] == 2 and len(twice[0]["properties"]["sources"]) == 3


def test_rows_of_an_event_dataset_with_their_own_ids_are_never_merged():
    rows = [inc("acled.csv", location="Kantharalak"), inc("acled.csv", location="Kantharalak")]
    rows[0]["properties"]["event_id_cnty"], rows[1]["properties"]["event_id_cnty"] = "THA1", "THA2"
    assert len(groups(rows)) == 2
    assert sorted(map(len, groups(rows + [inc("article")]))) == [1, 2]


def test_a_report_of_two_events_keeps_them_apart_when_another_outlet_blurs_them():
    # "b" names the province only; it fits both of "a"'s events and must chain neither
    events = [inc("a"), inc("a", KHUN_HAN), inc("b", (104.37, 14.85), precision=3, location="Si Sa Ket")]
    assert groups(events) == [["a"], ["a"], ["b"]]


def test_a_province_report_joins_the_one_event_in_that_province():
    tegh = inc("a", TEGH, "2026-04-15", kind=CLASH, precision=2, iso3="ARM", admin1="Syunik")
    province = inc("b", (46.0, 39.3), "2026-04-15", kind=CLASH, precision=3, iso3="ARM", admin1="Syunik")
    other_province = inc("c", (45.3, 40.2), "2026-04-15", kind=CLASH, precision=3, iso3="ARM",
                         admin1="Gegharkunik")
    assert groups([tegh, province, other_province]) == [["a", "b"], ["c"]]
    # a town of the neighbouring province, 25 km from the province's point, is not in it
    areni_side = inc("d", (45.72, 39.37), "2026-04-15", kind=CLASH, iso3="ARM", admin1="Vayots Dzor")
    assert groups([province, areni_side]) == [["b"], ["d"]]


def test_a_province_of_one_country_never_holds_a_town_of_the_other():
    oddar_meanchey = inc("a", (103.60, 14.30), kind=CLASH, precision=3, iso3="KHM", admin1=None)
    kap_choeng = inc("b", (103.5944, 14.4749), kind=CLASH, iso3="THA", admin1="Surin")
    assert len(groups([oddar_meanchey, kap_choeng])) == 2


def test_a_vague_report_that_fits_two_events_stays_alone():
    tegh = inc("a", TEGH, "2026-04-15", kind=CLASH, iso3="ARM", admin1="Syunik")
    kapan = inc("b", KAPAN, "2026-04-15", kind=CLASH, iso3="ARM", admin1="Syunik")
    province = inc("c", (46.0, 39.3), "2026-04-15", kind=CLASH, precision=3, iso3="ARM", admin1="Syunik")
    assert groups([tegh, kapan, province]) == [["a"], ["b"], ["c"]]


def test_a_week_wide_date_cannot_chain_two_days():
    day1 = inc("a", date="2025-12-09")
    day3 = inc("b", date="2025-12-11")
    week = inc("c", date="2025-12-10", tp=2, date_text="this week")
    assert groups([day1, day3, week]) == [["a"], ["b"], ["c"]]
    assert groups([day1, week]) == [["a", "c"]]


def test_an_incident_along_the_frontier_matches_points_near_that_stretch():
    along = inc("a", geometry=LINE, precision=3, location="Thailand–Cambodia border", admin1=None)
    assert groups([along, inc("b", (104.56, 14.64))]) == [["a", "b"]]    # 15 km from the line
    assert len(groups([along, inc("b", (104.24, 14.62))])) == 2          # 50 km from it


def test_two_frontiers_that_meet_at_a_tripoint_are_not_one_stretch():
    other = {"type": "LineString", "coordinates": [[104.70, 14.90], [105.20, 15.20], [105.60, 15.40]]}
    a = inc("a", geometry=LINE, precision=3, admin1=None)
    b = inc("b", geometry=other, precision=3, admin1=None)
    assert len(groups([a, b])) == 2
    assert len(groups([a, inc("c", geometry=LINE, precision=3, admin1=None)])) == 1


def test_an_undated_incident_joins_the_recent_event_at_its_town_only():
    tuesday = [inc("a", date="2025-12-09"), inc("b", date="2025-12-09")]
    thursday = [inc("c", date="2025-12-11"), inc("d", date="2025-12-11")]
    undated = inc("e", date=None, published="2025-12-10")
    assert groups(tuesday + thursday + [undated]) == [["a", "b", "e"], ["c", "d"]]
    # published after both: it fits both, so it stays alone
    late = inc("e", date=None, published="2025-12-12")
    assert groups(tuesday + thursday + [late]) == [["a", "b"], ["c", "d"], ["e"]]


def test_an_undated_incident_needs_a_town_level_place():
    province = inc("e", (104.37, 14.85), date=None, precision=3, published="2025-12-10")
    assert len(groups([inc("a"), province])) == 2


def test_feature_collections_carry_the_document_of_their_features():
    def collection(doc, published, where):
        f = inc("ignored", where)
        del f["properties"]["document"], f["properties"]["title"], f["properties"]["published"]
        return {"type": "FeatureCollection", "id": doc, "title": f"{doc} headline", "published": published,
                "source": "Same Outlet", "features": [f]}

    out = fuse([collection("r1", "2025-12-09", KANTHARALAK), collection("r2", "2025-12-10", KANTHARALAK)])
    (event,) = [f for f in out["features"] if f["properties"]["layer"] == "incident"]
    assert [(s["document"], s["title"], s["date"]) for s in event["properties"]["sources"]] == \
        [("r1", "r1 headline", "2025-12-09"), ("r2", "r2 headline", "2025-12-10")]


def area(doc, published, displaced, *, name="Si Sa Ket", direction=None):
    props = {"layer": "displacement", "name": name, "admin1": name, "iso3": "THA", "displaced": displaced,
             "displaced_text": f"{displaced} fled", "source_sentence": f"{doc}: {displaced} fled.",
             "document": doc, "published": published}
    if direction:
        props["direction"] = direction
    square = [[[104.0, 14.5], [104.5, 14.5], [104.5, 15.0], [104.0, 15.0], [104.0, 14.5]]]
    return {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": square}, "properties": props}


def test_displacement_the_latest_report_with_a_figure_wins_and_the_history_is_kept():
    out = fuse_displacement([area("c", "2025-12-12", 18000), area("a", "2025-12-09", 12000),
                             area("b", "2025-12-11", 20000), area("d", "2025-12-13", None),
                             area("e", "2025-12-10", 3000, direction="to")])
    fled, went = sorted(out, key=lambda f: f["properties"]["direction"])
    p = fled["properties"]
    assert (p["displaced"], p["displaced_as_of"], p["direction"]) == (18000, "2025-12-12", "from")
    assert [(h["date"], h["displaced"]) for h in p["displaced_history"]] == \
        [("2025-12-09", 12000), ("2025-12-11", 20000), ("2025-12-12", 18000), ("2025-12-13", None)]
    assert p["report_count"] == 4 and p["source_sentence"] == "c: 18000 fled."
    assert went["properties"]["displaced"] == 3000


def test_displacement_two_figures_on_one_day_the_lower_wins():
    out = fuse_displacement([area("a", "2025-12-09", 12000), area("b", "2025-12-09", 9000)])
    assert out[0]["properties"]["displaced"] == 9000


# ----------------------------------------------------------------------------- the corpus
CORPUS = ROOT / "tests" / "fixtures" / "fusion_corpus"


def test_corpus_is_what_the_issue_asks_for():
    reports = [json.loads(line) for line in (CORPUS / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    assert len(reports) >= 30 and all(80 <= len(r["text"].split()) <= 250 for r in reports)
    assert len(gold["events"]) >= 8
    outlet = {r["id"]: r["source"] for r in reports}
    assert all(m["report"] in outlet for e in gold["events"] for m in e["mentions"])
    assert all(2 <= len({outlet[m["report"]] for m in e["mentions"]}) <= 5 for e in gold["events"])


def test_corpus_fusion_meets_the_targets():
    """B-cubed F1 >= .90, no two gold events fused, every fused toll equal to gold (score_fusion.py)."""
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "score_fusion.py"), "--json"],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode in (0, 1), run.stderr
    scores = json.loads(run.stdout)
    fusion = scores["fusion"]
    assert fusion["f1"] >= 0.90, fusion
    assert fusion["precision"] == pytest.approx(1.0)
    assert fusion["wrong_fusions"] == []
    assert all(good for *_rest, good in fusion["tolls"]), fusion["tolls"]
    assert all(good for *_rest, good in fusion["displacement"]), fusion["displacement"]
    assert scores["targets_met"] is True


def _acled_row(eid, where=KANTHARALAK, date="2025-12-09", fatalities=3):
    f = inc("acled.csv", where, date, fatalities=fatalities, published=None)
    f["properties"].update({"event_id_cnty": eid, "source": "Bangkok Post; Khmer Times", "document": "acled.csv"})
    return f


def test_an_event_with_an_acled_row_among_its_sources_is_in_acled():
    events = fuse_incidents([inc("a", fatalities=4), inc("b", (104.66, 14.65), fatalities=2),
                             _acled_row("THA90001"), inc("c", KHUN_HAN), _acled_row("THA90002", date="2025-12-20")])
    by_place = {(e["properties"]["date"], e["properties"]["location"]): e["properties"] for e in events}
    kan = next(p for p in by_place.values() if p["report_count"] == 3)
    assert kan["in_acled"] is True and kan["acled_event_ids"] == ["THA90001"] and kan["event_id_cnty"] == "THA90001"
    assert kan["fatalities"] == 2 and sorted(kan["fatalities_reported"]) == [2, 3, 4]
    assert set(kan["source"].split("; ")) >= {"Bangkok Post", "Khmer Times"}
    alone = [p for p in by_place.values() if p["report_count"] == 1]
    assert sorted(p["in_acled"] for p in alone) == [False, True]  # Khun Han: new; the 20th: ACLED only


def test_ids_geomap_wrote_are_not_acled_rows():
    events = fuse_incidents([inc("a"), _acled_row("THAGM3")])
    assert [e["properties"]["in_acled"] for e in events] == [False]


def test_thresholds_are_read_from_settings_when_fusing(monkeypatch):
    from geomap import settings

    near = [inc("a", KANTHARALAK), inc("b", (104.74, 14.64))]  # towns ~10 km apart
    assert len(fuse_incidents(near)) == 1
    monkeypatch.setattr(settings, "FUSION_PRECISION_RADIUS_KM", {1: 2.0, 2: 4.0})
    assert len(fuse_incidents(near)) == 2
