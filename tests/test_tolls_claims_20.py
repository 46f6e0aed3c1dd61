"""Whose count a number is (session 20), on invented sentences about frontiers in no fixture: the
killers' own claim told as denied or unverified is no toll (the other side's lower account wins,
ACLED's lowest number), while a side's undisputed count of the enemies it killed, and deaths a
side reports while another act is denied, stay tolls; a vague count told inside quotation
marks ('killed "several" people') is read as if unquoted; animals told before the one person who
died with them are not counted ("Five horses and a groom were killed" is one); and a household is
counted by the size told with it ("a family of five", "a couple"), never by a guess, and one person's
kin member by member ("a farmer, his wife and their three children" is five); the one told
before an active "shot dead" is the killer ("A soldier shot dead two smugglers" is two); and the
invented passages of tests/fixtures/toll_passages_20.json (expectations written before running
geomap, half frozen until the end)."""

import pytest
from conftest import incident_props, score_toll_passages

from geomap.text.disputed_claims import disputed_claim
from geomap.text.quantities import fatalities_from_text


_CLAIMS = [
    pytest.param("Rebels said on Monday they had overrun a post near the lake and killed 17 soldiers, a claim the army "
                 "denied.", True, id="claim-denied"),
    pytest.param("The group said in a statement that its fighters had killed \"dozens\" of soldiers, a figure that "
                 "could not be independently verified.", True, id="figure-unverified"),
    pytest.param("The rebels claimed to have killed twenty soldiers, but the government rejected the claim.", True,
                 id="claimed-to-have-rejected"),
    pytest.param("The army said it had killed nine militants in a raid near the river.", False, id="undisputed-kill"),
    pytest.param("The militia said nine civilians died when soldiers shelled its camp; the army denied shelling it.",
                 False, id="victims-count-other-act-denied"),
    pytest.param("Police said gunmen killed four farmers, a claim the gunmen's leaders denied.", False,
                 id="third-party-count"),
    pytest.param("The group issued a statement saying its fighters had killed 14 guards, a claim the ministry "
                 "rejected.", True, id="saying-its-fighters"),
    pytest.param("The insurgents' claim that they had killed 17 soldiers at the pass was denied by the army.", True,
                 id="claim-was-denied"),
    # a side's body count of its enemies, held at a distance by the writer's quotation marks
    pytest.param("Soldiers clashed with bandits near the river on Friday, killing \"several\" of the attackers, the "
                 "army said.", True, id="quoted-enemy-count"),
    pytest.param("Herders said raiders killed \"several\" villagers near the wells.", False, id="quoted-victims"),
]


@pytest.mark.parametrize("sentence,disputed", _CLAIMS)
def test_the_killers_disputed_claim(sentence, disputed):
    fat = fatalities_from_text(sentence)
    assert fat is not None and fat.value
    assert disputed_claim(sentence, fat) is disputed


def test_a_quoted_count_keeps_its_words_as_written():
    fat = fatalities_from_text("Herders said raiders killed “dozens” of people near the wells.")
    assert fat is not None and fat.value == 12 and "“dozens”" in fat.text


@pytest.mark.parametrize("sentence,value", [
    # a vague count in quotation marks, read as if unquoted
    pytest.param("Residents said gunmen had killed \"several\" fishermen on the island.", 3, id="quoted-several"),
    pytest.param("Fishermen said gunmen had killed \"two or three\" of their colleagues.", 2, id="quoted-range"),
    # animals told first, then the one person who died with them
    pytest.param("Five horses and a groom were killed when the stables were shelled.", 1, id="horses-and-a-groom"),
    pytest.param("Two dogs and a farmhand were killed when gunmen fired on the ranch.", 1, id="dogs-and-a-farmhand"),
    pytest.param("Gunmen killed forty cows and a herdsman at the well.", 1, id="cows-and-a-herdsman"),
    # a household told with its size; with none, no number
    pytest.param("A family of five was killed when a shell hit their home.", 5, id="family-of-five"),
    pytest.param("The strike killed a family of six in the hamlet.", 6, id="killed-a-family-of-six"),
    pytest.param("An elderly couple died when the shell hit their house.", 2, id="a-couple"),
    pytest.param("Members of the same family were killed in the strike.", None, id="family-no-size"),
    # one person and their kin, member by member; a plural with no number leaves the list uncounted
    pytest.param("A trader and his wife were killed when the bus was ambushed.", 2, id="one-and-wife-passive"),
    pytest.param("Raiders shot dead a herder and his wife at the well.", 2, id="one-and-wife-active"),
    pytest.param("A fisherman, his wife and their three children were killed when the shell hit.", 5, id="kin-list"),
    pytest.param("Gunmen killed a teacher, his mother and their two sons.", 4, id="kin-list-active"),
    pytest.param("Gunmen killed a chief, his wife and their children.", None, id="kin-list-no-number"),
    # who is the subject of the killing verb: "A soldier shot dead two smugglers" is two
    pytest.param("A soldier shot dead two smugglers at the ford.", 2, id="soldier-shot-dead-two"),
    pytest.param("A policeman shot dead the two men at the roadblock.", 2, id="shot-dead-the-two"),
    pytest.param("A soldier was shot dead at the ford.", 1, id="soldier-was-shot-dead"),
])
def test_whose_deaths_and_how_many(sentence, value):
    fat = fatalities_from_text(sentence)
    assert fat is not None and fat.value == value


@pytest.mark.parametrize("next_sentence,disputed", [
    pytest.param("The army denied the claim and said two soldiers were wounded.", True, id="denied-the-claim"),
    pytest.param("Neither account could be independently verified.", True, id="neither-account"),
    pytest.param("Journalists could not independently verify the figure.", True, id="could-not-verify-the-figure"),
    pytest.param("The army said two soldiers were wounded.", False, id="no-denial"),
])
def test_a_claim_disputed_in_the_sentence_after(next_sentence, disputed):
    sentence = "Insurgents said on Sunday that they had ambushed a convoy near the pass and killed twelve soldiers."
    assert disputed_claim(sentence, fatalities_from_text(sentence), next_sentence) is disputed


def test_a_claim_denied_in_the_next_sentence_is_no_toll():
    incs = incident_props("Rebels claim attack on border post\n\nKOUSSERI, Cameroon, March 4 — Boko Haram fighters said "
                          "on Tuesday they had overrun a Chadian army post near Hile Alifa on Lake Chad and killed 17 "
                          "soldiers. Chad's army denied the claim and said two soldiers were wounded. Fishermen from "
                          "Blangoua said boats had stopped crossing to the islands.", "2027-03-04")
    assert incs and all(p["fatalities"] is None for p in incs)


def _tolls(text, published):
    return {p["location"]: p["fatalities"] for p in incident_props(text, published) if p["fatalities"]}


def test_a_disputed_claim_is_no_toll_but_keeps_its_words():
    incs = incident_props("Chad says it repelled attack on Lake Chad post\n\nKOUSSERI, Cameroon, March 4 — Boko Haram "
                          "fighters said on Tuesday they had overrun a Chadian army post near Hile Alifa on Lake Chad "
                          "and killed 17 soldiers, a claim Chad's army denied. The army said two soldiers were wounded in "
                          "an attack it had repelled. Fishermen from Blangoua said boats had stopped crossing to the "
                          "islands.", "2027-03-04")
    assert incs and all(p["fatalities"] is None for p in incs)
    assert any("killed 17" in (p["fatalities_text"] or "") for p in incs)


@pytest.mark.parametrize("text,published,tolls", [
    pytest.param("Algeria's defence ministry said its troops had killed three smugglers in a gunfight near In Guezzam "
                 "on Wednesday.", "2027-06-03", {"In Guezzam": 3}, id="undisputed-army-count"),
    pytest.param("BAMAKO, May 8 — Gunmen attacked a gold-mining camp near Kourémalé, on the border with Guinea, on "
                 "Friday. Rebels said they had killed 30 soldiers near Niono on Saturday, while the army said it had "
                 "lost two men.", "2027-05-08", {"Niono": 2}, id="rival-counts-around-the-place"),
    pytest.param("N'DJAMENA, March 10 — In Niger, residents of Bosso said gunmen had killed \"several\" fishermen on "
                 "an island near the town on Saturday. Traders in Nguigmi said the road to Chad was closed.",
                 "2027-03-10", {"Bosso": 3}, id="quoted-several-at-its-town"),
])
def test_tolls_that_stay(text, published, tolls):
    assert _tolls(text, published) == tolls


@pytest.mark.parametrize("half,floor", [("tune", 6), ("frozen", 2)])
def test_the_invented_toll_passages(half, floor):
    """Floors as scored when the rules were final (tune 6/7, frozen 2/5, no number on a wrong incident
    nor on a place told to carry none; 3/7 with a disputed claim's number, and 1/5, before). The misses
    are incidents not found at all."""
    right, wrong = score_toll_passages("toll_passages_20.json", half)
    assert right >= floor and not wrong, (right, wrong)
