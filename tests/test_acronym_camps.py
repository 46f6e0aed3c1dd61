"""Camps named by an acronym, placed where the article told them (geomap.reading.acronym_camps)."""

from conftest import incident_props


def incidents(text, published="2026-07-15"):
    return incident_props(text, published)


def test_an_attack_on_a_camp_named_by_acronym_is_where_the_camp_was_told():
    (p,) = incidents("Some 30,000 refugees live in the ZDA camp outside Adre, near the Sudanese border. "
                     "Aid workers said food was short.\n\nOn Sunday, gunmen attacked the ZDA camp, camp leaders said.")
    assert (p["location"], p["date"], p["geo_precision"]) == ("Adré", "2026-07-12", 2)


def test_another_acronym_is_another_camp():
    got = incidents("Some 30,000 refugees live in the ZDA camp outside Adre. On Sunday, gunmen attacked the "
                    "KTB camp, camp leaders said.")
    assert all(p["location"] != "Adré" for p in got)
