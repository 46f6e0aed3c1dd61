"""Which division a place of a displacement report lies in (geomap.reading.area_units).

The sentences are invented for these tests; each test fails when its rule is taken out.
"""

from conftest import displaced_figures, displacement_areas

from geomap.reading.area_units import group_people

areas, figures = displacement_areas, displaced_figures


def test_the_people_of_a_group_by_their_nationality():
    assert group_people("about 6,100 South Sudanese returnees from White Nile") == "SSD"
    assert group_people("hundreds of Mauritanian families had left") == "MRT"
    assert group_people("3,000 Ethiopians crossed") == "ETH"
    assert group_people("people in Mali") is None  # a country's name is not its people
    assert group_people("Malians and Nigeriens") is None  # two nationalities: none



def test_a_town_under_an_old_province_is_in_the_county_the_article_names_around_it():
    got = areas("Some 800 people fled villages around Takaba to El Wak, Mandera County officials said.", "2023-07-22")
    assert figures(got) == {("Mandera", "from"): 800, ("Mandera", "to"): 800}


def test_a_border_town_of_a_groups_own_country_is_on_its_side_when_no_border_is_crossed():
    got = areas("Malian troops crossed into Mauritania on Monday. Some 200 Mauritanian families fled Bassikounou "
                "for Adel Bagrou, officials said.", "2024-04-20")
    assert figures(got) == {("Hodh ech Chargui", "from"): 200, ("Hodh ech Chargui", "to"): 200}


def test_a_village_put_at_the_dateline_for_want_of_a_unit_is_no_area():
    # the places step puts a village the gazetteer lacks, and the text gives no unit for, at a
    # place named near it; when that place is the dateline, the point says nothing of the village
    from dataclasses import replace

    from geomap.reading.context import reading_context
    from geomap.reading.displacement import displacement_features
    from geomap.reading.pipeline import places_from_text
    from geomap.reading.resolve import Place
    from geomap.text.sentences import split_sentences

    text = "AMMAN (Reuters) — Residents said dozens of families had left Ormin after the strike."
    ctx = reading_context(None)
    sentences = split_sentences(text)
    dateline = places_from_text(text, sentences=sentences, context=ctx)[0]
    assert dateline.role == "dateline"
    a = text.index("Ormin")
    village = Place(replace(dateline.mention, text="Ormin", start=a, end=a + 5, dateline=False),
                    replace(dateline.entry, gid="unlisted:jo:ormin", name="Ormin", admin1=None, in_gazetteer=False,
                            placed_at=dateline.entry.name, placed_at_type="nearby", feature="village"), 0.5)
    feats = displacement_features(text, sentences, {0: [dateline, village]}, None, ctx.borders)
    assert all(f["properties"]["admin1"] != "Amman" for f in feats)


def test_a_town_of_the_unit_a_named_one_was_split_from_stays_in_it():
    got = areas("About 4,300 people from Lim-Pendé prefecture crossed into Chad. Another 900 reached Baïbokoum, after "
                "walking for three days from villages around Bocaranga.", "2024-02-10")
    assert got[("Bocaranga", "from")]["admin1"] == "Ouham-Pendé"
