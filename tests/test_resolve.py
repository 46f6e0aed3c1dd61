"""Mentions -> places: context chooses among candidates."""

from geomap.geocoders import OfflineGeocoder
from geomap.reading.pipeline import extract_text, places_from_text


def resolved(text):
    return {p.mention.text: p.entry for p in places_from_text(text)}


def test_country_context_chooses_the_candidate():
    got = resolved("Shelling near Tak, a Thai border town, followed clashes in Myanmar.")
    assert got["Tak"].iso2 == "TH"


def test_article_countries_decide_ambiguous_towns():
    text = ("Armenia accused Azerbaijan of shelling positions near Jermuk. "
            "Residents of Jermuk sheltered in basements.")
    assert resolved(text)["Jermuk"].iso2 == "AM"


def test_possessive_country_puts_the_admin_unit_in_it():
    got = resolved("Officers met at a checkpoint in Thailand's Chanthaburi Province.")
    assert got["Chanthaburi Province"].place_type == "admin1"
    assert got["Chanthaburi Province"].iso2 == "TH"


def test_name_comma_admin_pattern_narrows():
    got = resolved("A fire broke out in Hammond, Indiana, late on Sunday.")
    assert got["Hammond"].iso2 == "US" and got["Hammond"].admin1 == "Indiana"


def test_nearby_places_pull_an_ambiguous_name_together():
    text = "A boy was hit by a car in Kingston, south of Brisbane, in Queensland, Australia."
    assert resolved(text)["Queensland"].iso2 == "AU"
    assert resolved(text)["Brisbane"].iso2 == "AU"


def test_same_name_same_place_within_an_article():
    text = "Fighting near Surin in Thailand spread. Later, Surin hospitals filled."
    places = [p for p in places_from_text(text) if p.mention.text == "Surin"]
    assert len(places) == 2 and places[0].entry.gid == places[1].entry.gid


def test_capital_as_government_keeps_its_place_but_is_marked():
    fc = extract_text("Cambodia and Thailand traded accusations. Phnom Penh said talks must continue.",
                      events=False)
    pp = [f for f in fc["features"] if f["properties"]["mention"] == "Phnom Penh"][0]
    assert pp["properties"]["role"] == "government"
    assert pp["properties"]["iso3"] == "KHM"


def test_place_features_follow_the_spec():
    text = "Clashes erupted near Mae Sot, in Thailand's Tak province, on Tuesday."
    fc = extract_text(text, events=False)
    assert fc["type"] == "FeatureCollection"
    for f in fc["features"]:
        p = f["properties"]
        assert p["layer"] == "place"
        assert text[p["start"]:p["end"]] == p["mention"]
        assert {"name", "place_type", "iso2", "iso3", "admin1", "confidence", "gazetteer_id"} <= set(p)
        assert 0 <= p["confidence"] <= 1
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    mae_sot = [f for f in fc["features"] if f["properties"]["mention"] == "Mae Sot"][0]
    assert mae_sot["properties"]["admin1"] == "Tak"


def test_resolver_takes_any_geopy_geocoder():
    class OnlyArmenia(OfflineGeocoder):
        """A geopy geocoder that only knows Armenian places (stands in for an online one)."""

        def geocode(self, query, **kw):
            return super().geocode(query, country_codes="AM", **kw)

    # "Goris" alone could be Gori in Georgia; this geocoder's answers are all the resolver gets
    got = places_from_text("Troops moved near Goris.", geocoder=_Foreign(OnlyArmenia()))
    assert got[0].entry.iso2 == "AM"


class _Foreign:
    """Wraps a geocoder so the resolver cannot see a gazetteer behind it."""

    def __init__(self, inner):
        self.inner = inner

    def geocode(self, query, **kw):
        return self.inner.geocode(query, **kw)


def test_near_asks_for_the_town_not_the_province():
    got = resolved("Soldiers clashed with fighters near Arauca, in Colombia, on Sunday.")
    assert got["Arauca"].place_type == "city"


def test_congo_follows_the_article_context():
    got = resolved("Shells fired from Congo landed in Gisenyi, opposite Goma in North Kivu province.")
    assert got["Congo"].iso2 == "CD"


def test_a_far_stranger_is_dropped_rather_than_misplaced():
    text = ("QUETTA, Pakistan — Iranian strikes hit Panjgur in Balochistan, near Turbat and Saravan in "
            "Sistan and Baluchestan. Families fled villages in Panjgur and Kech districts.")
    got = resolved(text)
    assert "Kech" not in got or got["Kech"].iso2 == "PK"  # never Ketsch, Germany
    assert got["Panjgur"].iso2 == "PK"


def test_a_name_found_through_its_context_is_found_again_bare():
    text = ("Fighting spread to farmland in Gedaref state on Monday. A local official in Gedaref said "
            "several thousand farmers had fled to the city of Gedaref.")
    places = [p for p in places_from_text(text) if p.mention.text == "Gedaref"]
    assert len(places) == 3


def test_a_list_names_things_of_one_kind():
    got = resolved("Cases were reported in Texas, Utah, Virginia, Washington and Wyoming.")
    assert got["Washington"].place_type == "admin1" and got["Washington"].iso2 == "US"
    got = resolved("Cases appeared in Georgia, Oklahoma, Pennsylvania and Wisconsin.")
    assert got["Georgia"].iso2 == "US"
    got = resolved("Turkey warned Armenia, Azerbaijan, Georgia and Iraq.")
    assert got["Georgia"].iso2 == "GE"


def test_the_state_of_x_asks_for_the_admin_unit():
    got = resolved("The first case was found in the state of Washington in December.")
    assert got["Washington"].place_type == "admin1"


def test_a_small_namesake_of_a_capital_wins_in_its_own_state():
    got = resolved("Deputies in London, Ky. arrested a man on Friday after a chase near the county line.")
    assert got["London"].iso2 == "US" and got["London"].admin1 == "Kentucky"
    assert resolved("Flights from London were cancelled.")["London"].iso2 == "GB"


def test_a_state_the_article_names_is_context_for_its_towns():
    text = "Storms in Texas on Sunday flooded roads near Paris, and the driver was taken to a hospital."
    got = resolved(text)  # Paris, Texas lies 300 km from the state's middle: the state, not closeness
    assert got["Paris"].iso2 == "US" and got["Paris"].admin1 == "Texas"
    # a state name itself stays the state, whatever other states say ("California" is no Maryland town)
    got = resolved("Officials in Maryland and California said the outbreak had spread.")
    assert got["California"].place_type == "admin1"


def test_a_city_comma_unit_asks_for_the_unit_holding_the_city():
    got = resolved("The company has offices in Nashville, Tennessee, and Atlanta, Georgia.")
    assert got["Georgia"].iso2 == "US" and got["Georgia"].place_type == "admin1"
    assert got["Atlanta"].iso2 == "US"


def test_bare_names_of_x_city_cities_mean_the_unit():
    got = resolved("Flooding hit Quebec and Ontario this week.")
    assert got["Quebec"].place_type == "admin1"
    got = resolved("Protesters gathered in Quebec City on Sunday.")
    assert got["Quebec City"].place_type == "city"
    got = resolved("The governor of New York signed the bill.")
    assert got["New York"].place_type == "admin1"
    got = resolved("Hundreds marched in New York City.")
    assert got["New York City"].place_type == "city"


def test_a_state_an_organisation_is_named_after_is_context_but_no_mention():
    text = ("Kentucky State Police said the crash happened near Paris on Sunday. "
            "The driver was taken to a hospital in Lexington.")
    got = resolved(text)
    assert "Kentucky" not in got
    assert got["Paris"].iso2 == "US" and got["Paris"].admin1 == "Kentucky"
    assert resolved("Flights from Paris were cancelled.")["Paris"].iso2 == "FR"


def test_state_context_does_not_turn_a_big_city_into_a_namesake():
    # "New York" may be the city, so it says nothing about which Boston; Pittsburgh is written
    # as the Pennsylvania city's own name, not the California Pittsburg's
    got = resolved("Flights between New York and Boston were cancelled, and Texas braced for snow.")
    assert got["Boston"].admin1 == "Massachusetts"
    got = resolved("Officials in California said a patient had flown from Los Angeles to Pittsburgh.")
    assert got["Pittsburgh"].admin1 == "Pennsylvania"


def test_a_state_name_near_the_story_is_still_the_state():
    text = ("Protesters marched in New York City on Sunday. Senator Marco Rubio of Florida "
            "called for calm.")
    got = resolved(text)
    assert got["Florida"].place_type == "admin1"


def test_districts_and_counties_are_places_when_the_text_says_so():
    got = resolved("Clashes erupted in Kurram district near the Afghan border.")
    assert got["Kurram"].place_type == "admin2" and got["Kurram"].iso2 == "PK"
    got = resolved("Deputies in Boone County, Kentucky, searched the river.")
    assert got["Boone County"].place_type == "admin2" and got["Boone County"].admin1 == "Kentucky"
    # a bare name is no county: "Allen" here is a person, "Plymouth" the town
    got = resolved("Allen said the talks in Plymouth had gone well.")
    assert "Allen" not in got
    assert got["Plymouth"].place_type == "city"


def test_provinces_newer_than_the_boundary_data_are_found():
    got = resolved("Fighting spread to West Kordofan state, officials in Sudan said.")
    assert got["West Kordofan"].place_type == "admin1" and got["West Kordofan"].iso2 == "SD"


def test_the_text_tells_a_county_from_its_town():
    text = ("Al-Shabaab attacked a police post in Mandera county on Monday. A gunfight followed "
            "near the town of Mandera, on the Somali border.")
    kinds = [(p.mention.text, p.entry.place_type) for p in places_from_text(text)]
    assert ("Mandera", "admin1") in kinds and ("Mandera", "city") in kinds


def test_closeness_to_anchors_equals_the_plain_loop_over_every_anchor():
    """The prepared anchor set gives the very floats min(haversine_km(...)) gave, numpy
    screening included (many anchors in one latitude band), and leaves out the mention's own
    candidates as the loop did."""
    import math
    import random

    from geomap.gazetteer import GazetteerEntry, haversine_km
    from geomap.reading.resolve import NEAR_KM, _Anchors

    rng = random.Random(15)

    def entry(i, lat, lon):
        return GazetteerEntry(f"t:{i}", f"P{i}", lat, lon, "city", "city", "TH", "THA", f"A{i % 7}")

    anchors = [entry(i, 14 + rng.uniform(-3, 3), 101 + rng.uniform(-4, 4)) for i in range(300)]
    anchors += anchors[:40]  # a name the text repeats is an anchor again
    near = _Anchors(anchors)
    for j in range(400):
        c = entry(1000 + j, 14 + rng.uniform(-6, 6), 101 + rng.uniform(-8, 8))
        own = frozenset({c.gid} | {a.gid for a in rng.sample(anchors, 3)})
        rest = [a for a in anchors if a.gid not in own]
        want = min(haversine_km(c.lat, c.lon, a.lat, a.lon) for a in rest)
        got = near.nearest_km(c.lat, c.lon, own)
        if want < NEAR_KM:
            assert got == want
        else:
            assert got >= NEAR_KM or math.isinf(got)
    assert near.holds(("TH", "A3"), frozenset()) and not near.holds(("TH", "A9"), frozenset())
    assert not _Anchors(anchors[:1]).any_besides(frozenset({anchors[0].gid}))
    far = _Anchors(anchors, 2000.0)
    for j in range(200):
        c = entry(5000 + j, rng.uniform(-60, 60), rng.uniform(-60, 160))
        want = min(haversine_km(c.lat, c.lon, a.lat, a.lon) for a in anchors if a.gid != c.gid) > 2000.0
        assert (far.nearest_km(c.lat, c.lon, frozenset((c.gid,))) > 2000.0) == want
    assert far.count_besides(anchors[0].gid) == len(anchors) - 2


def test_a_hamlet_far_from_everything_the_article_names_is_dropped():
    # Piccadilly is also a hamlet in Australia; here it is a London street the gazetteer lacks
    got = resolved("Police in London said crowds gathered in Piccadilly on Saturday, while Manchester "
                   "and Birmingham were calm, Britain's Home Office said.")
    # (the words around it may still make it a place the gazetteer lacks, in London: never the hamlet)
    assert got["London"].iso2 == "GB" and ("Piccadilly" not in got or (
        got["Piccadilly"].iso2 == "GB" and got["Piccadilly"].in_gazetteer is False))


def test_a_bare_name_shared_by_a_province_and_its_capital_is_the_town():
    # Mafraq governorate's middle lies 170 km east of Mafraq town, in the desert
    text = ("Jordanian troops fired on smugglers crossing from Syria on Monday. Customs officials in Mafraq "
            "said the border was calm.")
    got = resolved(text)["Mafraq"]
    assert got.place_type == "city" and abs(got.lon - 36.2) < 0.1


def test_a_town_named_by_a_common_word_is_read_only_where_the_words_say_place():
    # "Say" (Niger) and "Mega" (Ethiopia) are frequent English words: only paired with a place
    # the article reads, or with a distance after them, in a country the article is about
    got = resolved("A bomb hit a bus on the road between Torodi and Say, in Niger, on Monday.")
    assert got["Say"].iso2 == "NE" and got["Say"].place_type == "city"
    got = resolved("Fighting was reported around Mega, 100 kilometres inside Ethiopia, traders said.")
    assert got["Mega"].iso2 == "ET"
    assert "Say" not in resolved("Officials in Niger say Torodi is calm. Say nothing, they said.")
    assert "Mega" not in resolved("Ethiopia plans a Mega dam near Torodi.")


def test_a_town_of_a_country_the_article_never_names_far_from_all_it_names_is_a_namesake():
    # Gaillac is a French town of 12,600; in a story about Liberia and Côte d'Ivoire that never
    # names France, "Gaillac" is a village the gazetteer lacks, not that town
    got = resolved("Gunmen from Côte d'Ivoire raided farms near Zwedru and Toulépleu on Monday, Liberian "
                   "police said. Families fled to Ganta and to Gaillac, where they stay with relatives.")
    assert got["Zwedru"].iso2 == "LR"
    assert "Gaillac" not in got or got["Gaillac"].iso2 != "FR"


def test_a_district_namesake_far_from_the_article_is_left_to_the_text():
    # Tai is a district of Nigeria's Rivers state; "Taï" of an Ivorian story is the Ivorian town
    got = resolved("Soldiers were attacked at a post near Guiglo and Bloléquin, the Ivorian army said. "
                   "Two more posts near Taï were abandoned, and Liberia closed its side of the frontier.")
    assert got["Guiglo"].iso2 == "CI"
    assert "Taï" not in got or got["Taï"].iso2 != "NG"


def test_a_state_opening_a_cartel_s_name_is_no_place():
    got = resolved("Gunmen of the Sonora Cartel and the Tamaulipas Cartel clashed near Ciudad Hidalgo, Mexico.")
    assert "Sonora" not in got and "Tamaulipas" not in got


def test_a_far_unit_read_in_the_first_word_of_a_longer_name_is_no_place():
    # France's Ain is no part of a Syrian village's name ("Ain Baidar"); alone, it may be Ain
    from geomap.gazetteer import get_gazetteer
    from geomap.reading.mentions import mentions_from_text
    from geomap.reading.resolve import Place, _opens_unknown_name

    gaz = get_gazetteer()
    others = [next(e for e in gaz.lookup(n) if e.iso2 == "SY") for n in ("Raqqa", "Hasakah", "Tal Tamr")]
    for text, fragment in (("Rockets struck villages around Ain Baidar on Sunday.", True),
                           ("Rockets struck villages in Ain on Sunday.", False)):
        mentions, _ = mentions_from_text(text, gaz)
        m = next(m for m in mentions if m.text == "Ain")
        ain = next(h.entry for h in m.hits if h.entry.iso2 == "FR" and h.entry.place_type == "admin1")
        assert _opens_unknown_name(text, Place(m, ain, 1.0), {"SY": 0.6, "TR": 0.4}, others) is fragment


def test_a_town_told_by_the_end_of_its_name_near_the_articles_places_is_kept():
    # the gazetteer holds "Salvador Mazza" only as another name of Profesor Salvador Mazza, and
    # Argentina is never named: still the town across from Yacuiba, not a stranger
    got = resolved("Bolivian traders in Yacuiba said the crossing to Salvador Mazza was closed on Friday.")
    assert got["Salvador Mazza"].name == "Profesor Salvador Mazza"


def test_what_a_name_says_is_kept_only_for_the_same_hits_and_candidates():
    """A name read again (here, in the same article and then in the next) finds its kept facts;
    the answers are those of a reading with nothing kept, whatever order the articles come in."""
    from geomap.reading import resolve as r

    texts = ["Georgia's army moved near Tbilisi. Officials in Georgia said Atlanta sent aid to Georgia.",
             "A storm hit Atlanta, Georgia, and Macon, Georgia, on Monday.",
             "Kansas City and Kansas were hit. Kansas City police said Kansas roads closed.",
             # one name, its candidates told apart by the words around it: a seat of government or a town
             "Miraflores accused Colombia of lying. Residents of Miraflores, Lima, said nothing.",
             "Residents of Miraflores, Lima, said nothing. Miraflores accused Colombia of lying."]
    fresh = []
    for text in texts:
        r._NAME_FACTS.clear()
        fresh.append([(p.mention.start, p.entry.gid, p.confidence) for p in places_from_text(text)])
    for order in (texts, texts[::-1]):
        got = {t: [(p.mention.start, p.entry.gid, p.confidence) for p in places_from_text(t)] for t in order}
        assert [got[t] for t in texts] == fresh
    assert r._NAME_FACTS
