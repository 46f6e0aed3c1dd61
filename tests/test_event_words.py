"""ACLED event classification of single sentences, with hypothetical/background filters."""

import pytest

from geomap.text.event_words import (
    EVENT_TYPES,
    EventType,
    classify_event,
    events_from_text,
    is_negated_or_hypothetical,
)

CLASH = ("Battles", "Armed clash")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
AIR = ("Explosions/Remote violence", "Air/drone strike")
MINE = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
VAC = ("Violence against civilians", "Attack")
AGREE = ("Strategic developments", "Agreement")
CHANGE = ("Strategic developments", "Change to group/activity")
OTHER = ("Strategic developments", "Other")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Battles
        ("Kyrgyz and Tajik border guards clashed near Vorukh on Monday.", CLASH),
        ("Heavy fighting erupted around Heglig overnight.", CLASH),
        ("Armenian and Azerbaijani troops exchanged fire near Sotk.", CLASH),
        ("Renewed exchanges of fire were reported along the Line of Control.", CLASH),
        ("A gun battle broke out between Venezuelan soldiers and Guyanese police.", CLASH),
        ("Indian troops fought off infiltrators in the Uri sector.", CLASH),
        ("Militants attacked army positions near Poonch before dawn.", CLASH),
        ("Sudanese soldiers returned fire across the Kiir river.", CLASH),
        ("Both sides shelled villages along the Tavush frontier.", CLASH),
        ("The two armies exchanged artillery fire near Isfara.", CLASH),
        ("Shelling by both sides damaged homes in Batken.", CLASH),
        ("Troops traded fire near the Kalapani tri-junction.", CLASH),
        ("Rebels seized the border town of Kurmuk.", ("Battles", "Non-state actor overtakes territory")),
        ("Government forces recaptured Heglig from the militia.", ("Battles", "Government regains territory")),
        # Explosions/Remote violence
        ("Pakistani artillery shelled villages in Kupwara district.", SHELL),
        ("Rockets fired from Lebanon landed near Metula.", SHELL),
        ("Mortar rounds hit the outskirts of Tovuz.", SHELL),
        ("Israeli warplanes struck targets near Nabatieh.", AIR),
        ("A drone strike hit a car near Bint Jbeil.", AIR),
        ("Sudanese jets bombed positions near Bentiu.", AIR),
        ("An airstrike destroyed a bridge near Abyei.", AIR),
        ("A shepherd stepped on a landmine near Lachin.", MINE),
        ("A roadside bomb hit a patrol in Rajouri.", MINE),
        ("An IED exploded near the Kalapani road.", MINE),
        # precedence: battle beats the strike within it
        ("Air strikes supported the fighting near Heglig.", CLASH),
        # Violence against civilians, protests, riots
        ("Gunmen killed villagers near the Abyei market.", VAC),
        ("There was an attack on civilians near the Tajik enclave.", VAC),
        ("Militiamen abducted three herders near Abyei.", ("Violence against civilians", "Abduction/forced disappearance")),
        ("Hundreds of residents protested in Georgetown against the Venezuelan claim.", ("Protests", "Peaceful protest")),
        ("Protesters threw stones at police in Batken.", ("Riots", "Violent demonstration")),
        ("Rioters torched shops in the border market.", ("Riots", "Violent demonstration")),
        # Strategic developments
        ("Armenian and Azerbaijani negotiators held talks in Almaty on Friday.", AGREE),
        ("The foreign ministers met in Kazan to discuss delimitation.", AGREE),
        ("A meeting between Kyrgyz and Tajik officials took place in Batken.", AGREE),
        ("The two sides agreed on a ceasefire late on Sunday.", AGREE),
        ("A truce was announced after mediation by Qatar.", AGREE),
        ("India and Pakistan signed an agreement on the Kartarpur corridor.", AGREE),
        ("Sudan and South Sudan completed a prisoner exchange in Juba.", AGREE),
        ("Venezuela deployed troops to the Essequibo frontier.", CHANGE),
        ("Satellite images showed a troop build-up near the Guyanese border.", CHANGE),
        ("Reinforcements arrived in Batken overnight.", CHANGE),
        ("Tajikistan closed the border crossing at Guliston.", OTHER),
        ("The main border crossing was closed for a week.", OTHER),
        ("Poland evacuated its embassy in Minsk.", OTHER),
        ("Police arrested two smugglers near Wagah.", ("Strategic developments", "Arrests")),
        ("Air defences intercepted a drone over Haifa.", ("Strategic developments", "Disrupted weapons use")),
        ("Ukrainian forces pushed deeper into Russia's Kursk region on Thursday.", CLASH),
        ("Russian troops repelled attacks near the village of Korenevo.", CLASH),
        ("Troops crossed the frontier at dawn, capturing the town of Sudzha.", CLASH),
    ],
)
def test_classify(sentence, expected):
    event = classify_event(sentence)
    assert event is not None
    assert (event.event_type, event.sub_event_type) == expected
    assert sentence[event.start:event.end] == event.trigger
    assert event.sub_event_type in EVENT_TYPES[event.event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        # calls, hopes, plans, conditions
        "Guyana called on Venezuela to declare a truce.",
        "The UN urged both sides to hold talks.",
        "Officials hope the talks would produce a lasting settlement.",
        "Fighting could resume if the deal collapses.",
        "The envoys are working to prepare the ground for a possible meeting of presidents.",
        "Baku said it was ready to sign a peace treaty.",
        "Officials in Khartoum asked Juba to allow strikes on rebel bases.",
        "Talks are scheduled to resume next month.",
        "The junta said it would retake the town.",
        # denials and negation
        "No fighting was reported along the Line of Control.",
        "Yerevan denied shelling Azerbaijani positions.",
        # ceasefire mentioned, not agreed
        "Both sides accused each other of violating the ceasefire.",
        "The ceasefire collapsed within hours.",
        # history and background
        "The conflict stems from a decades-old dispute over the enclave.",
        "India and Pakistan have fought three wars over Kashmir.",
        "The Essequibo claim dates back to an 1899 arbitration award.",
        # diplomatic protest, distances, nothing
        "Islamabad lodged a strong protest with New Delhi.",
        "Bangladesh summoned Myanmar's ambassador in Dhaka to protest.",
        "Rebels are seizing the moment to talk.",
        "The village lies 30 km from the border.",
        "NATO held an emergency meeting in Brussels.",
        "Trade between the two countries grew last year.",
        # people evacuated or relocated: displacement (its own layer), not an ACLED event
        "Israel evacuated residents from Kiryat Shmona.",
        "Officials evacuated pupils from two schools in Tillaberi as a precaution.",
        "The evacuation of 300 families from villages near Isebania began on Monday.",
        # an act the speaker denies
        "The interior ministry denied that its police had fired on herders near the river.",
        "The army dismissed claims that its soldiers shelled the village.",
    ],
)
def test_no_incident(sentence):
    assert classify_event(sentence) is None


def test_ceasefire_violation_does_not_hide_the_clash():
    s = "Clashes broke out near Sotk, with each side accusing the other of violating the ceasefire."
    event = classify_event(s)
    assert (event.event_type, event.sub_event_type, event.trigger) == (*CLASH, "Clashes")


def test_main_clause_event_wins_over_background():
    s = "Kyrgyz and Tajik officials resumed talks on Monday, following renewed clashes last month."
    assert (classify_event(s).event_type, classify_event(s).sub_event_type) == AGREE
    # background alone still reports the event
    s2 = "Tensions rose after Friday following renewed exchanges of fire."
    assert classify_event(s2).sub_event_type == "Armed clash"
    # background inside a hopeful sentence does not
    s3 = "Juba said it was optimistic Khartoum would respect the truce, despite ongoing cross-border fire."
    assert classify_event(s3) is None


def test_a_dated_event_with_history_words_is_kept():
    s = "Troops clashed on Tuesday along the decades-old disputed frontier near Kalapani."
    assert classify_event(s).sub_event_type == "Armed clash"


def test_events_from_text_lists_each_real_event_once():
    s = "Shelling hit Tovuz on Monday, and negotiators later met in Almaty."
    kinds = [(e.event_type, e.sub_event_type) for e in events_from_text(s)]
    assert kinds == [SHELL, AGREE]
    assert all(isinstance(e, EventType) for e in events_from_text(s))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Guyana called on Venezuela to declare a truce.", True),
        ("Fighting could resume if talks fail.", True),
        ("No fighting was reported near Vorukh.", True),
        ("Azerbaijani troops shelled Armenian positions near Sotk.", False),
        ("Talks resumed in Juba on Monday.", False),
    ],
)
def test_is_negated_or_hypothetical(sentence, expected):
    assert is_negated_or_hypothetical(sentence) is expected


def test_event_types_table():
    assert list(EVENT_TYPES) == [
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
        "Strategic developments",
    ]
    assert "Armed clash" in EVENT_TYPES["Battles"]
    assert "Shelling/artillery/missile attack" in EVENT_TYPES["Explosions/Remote violence"]
    assert "Agreement" in EVENT_TYPES["Strategic developments"]


@pytest.mark.parametrize("sentence,sub", [
    ("Pakistan's military said Indian fire had killed three people in Kotli.", "Shelling/artillery/missile attack"),
    ("A soldier was wounded on Tuesday when shots were fired at a boat carrying troops.", "Armed clash"),
    ("The patrol came under fire near the island on Monday.", "Armed clash"),
    ("Iranian media said the Pakistani strikes hit a village near Saravan.", "Air/drone strike"),
])
def test_fire_shots_and_strikes_without_classic_verbs(sentence, sub):
    assert sub in [e.sub_event_type for e in events_from_text(sentence)]


def test_standing_occupation_and_old_wars_are_not_events():
    assert events_from_text("The island, which Venezuela has occupied since 1966, lies in the river.") == []
    assert events_from_text("India and Pakistan have fought two of their three wars over Kashmir.") == []


# --- issue 12: event words the missed incidents showed ----------------------------------------

def _subs(sentence):
    return [e.sub_event_type for e in events_from_text(sentence)]


@pytest.mark.parametrize("sentence,sub", [
    ("Several rounds landed in Tovuz on Thursday, the ministry said.", "Shelling/artillery/missile attack"),
    ("Dozens of civilians have been killed in attacks across Sughd region since January.", "Attack"),
    ("Four herders died in an armed raid near the well.", "Attack"),
    ("Rescuers pulled two more bodies from the rubble of Saturday's strike on Kharkiv.", "Air/drone strike"),
    ("Tuesday's Russian strike on Odesa wounded nine.", "Air/drone strike"),
    ("Border guards moved a barbed-wire fence 400 metres deeper into farmland near the village.",
     "Non-violent transfer of territory"),
    ("Villagers accused the border guards of beating two herders near the river.", "Attack"),
    ("Angry residents blocked the main highway at Birgunj for five hours on Monday.", "Peaceful protest"),
])
def test_event_words_the_missed_incidents_showed(sentence, sub):
    assert sub in _subs(sentence)


@pytest.mark.parametrize("sentence", [
    "Two rounds of talks fell apart in Astana.",
    "Six soldiers were killed in the attack, the ministry said.",  # points back at one told before
    "The union's strike on the steel plant entered its third week.",
    "Metalworkers' strike on Monday closed the port.",
    "The ministry said it was reviewing a request for Patriot missiles.",
    "Washington approved the sale of 400 rockets to Kyiv.",
    "Troops blocked the road to the border village on Monday.",  # a blockade by soldiers is no protest
])
def test_look_alikes_are_no_such_event(sentence):
    subs = _subs(sentence)
    assert not {"Attack", "Air/drone strike", "Shelling/artillery/missile attack"} & set(subs), subs


def test_suicide_bombers_are_no_air_strike():
    assert _subs("Two suicide bombers struck the weekly market, killing nine.") == ["Suicide bomb"]


def test_an_event_told_in_a_subordinate_clause_is_reported_there():
    # "since fighting reached X": told with what it did, beside the main clause's event
    assert _subs("Arrivals have risen since fighting reached Vorukh and drones hit Batken.") == [
        "Armed clash", "Air/drone strike"]
    # the demand in the main clause does not make the shelling after it hypothetical
    assert _subs("Bishkek demanded a ceasefire after shells fired from across the border landed in Batken.") == [
        "Shelling/artillery/missile attack"]
    # recalled, not told: "following renewed fighting" stays background
    assert _subs("Bishkek called for restraint following renewed fighting near Vorukh.") == []
    # "retook X after clashes that killed 12": the battle told again, not a second one
    assert _subs("The army retook Chanzu after clashes that killed 12 rebels.") == ["Government regains territory"]


# --- events told with their victims or their armed group as the subject (border set 3) -----------

@pytest.mark.parametrize("sentence, sub", [
    # the victims as the subject of a passive
    ("Two teachers were shot and wounded in Kampot district on Thursday.", "Attack"),
    ("In Gao province, dozens of civilians have been killed since March, officials said.", "Attack"),
    ("Two Malian herders were shot dead at a well outside the village.", "Attack"),
    # knives and machetes
    ("The conscript was stabbed near the fence by a man on the other side.", "Attack"),
    ("Raiders stormed the village before dawn, beheading several residents.", "Attack"),
    # the armed group as the subject, several words before its verb
    ("Insurgents from across the border crossed the river and attacked Dongo, a fishing village.", "Attack"),
    # an aircraft or a drone as the subject
    ("A helicopter working for the army struck rebel positions outside Kidal.", "Air/drone strike"),
    ("In a separate strike, a drone killed two men in a car near Tal Afar.", "Air/drone strike"),
    # houses set on fire as the raid went on
    ("Raiders stormed the village before dawn, burning houses and a police post.", "Looting/property destruction"),
    # more ways border reports tell fighting, attacks and destruction
    ("A soldier was killed by sniper fire near the crossing on Monday.", "Armed clash"),
    ("Security forces killed 10 militants near the river on Monday.", "Armed clash"),
    ("An attack on a police station in the town killed four.", "Armed clash"),
    ("The army said it had repulsed an attack on the garrison.", "Armed clash"),
    ("Border guards shot dead a smuggler near the fence.", "Attack"),
    ("Troops raided the village before dawn.", "Attack"),
    ("Insurgents launched an attack on the town overnight.", "Attack"),
    ("Militants blew up a bridge on the highway.", "Looting/property destruction"),
    # fighters, militias and armed men as the subject of an attack or of gunfire
    ("Rebel fighters attacked Dolisie at dawn on Sunday.", "Attack"),
    ("Armed men fired on a camp for displaced people outside Mocoa.", "Attack"),
    ("Separatist militias stormed a market town in the hills overnight.", "Attack"),
    # an accusation tells the act, as ACLED codes one side's report
    ("Officials accused bandits from across the river of attacking a village on Saturday.", "Attack"),
    # armed groups driven out of a place: the state regains it
    ("Troops backed by helicopters pushed the rebels out of the market town on Thursday.", "Government regains territory"),
    # attacks or raids as the subject that killed: a told event (at the region they name)
    ("Jihadist attacks on villages across the Diffa region killed 40 people on Sunday.", "Attack"),
    ("Raids by bandits across the district left 30 dead.", "Attack"),
    # a witness's own words: "we were attacked"
    ("\"We were attacked near the river crossing at night,\" a driver said.", "Attack"),
])
def test_events_told_with_victims_or_armed_groups_as_subject(sentence, sub):
    assert sub in _subs(sentence)


def test_a_trigger_dated_in_may_is_not_hypothetical():
    # "on May 28" is a date, not the modal "may"
    assert _subs("Border guards clashed on May 28 near the fence.") == ["Armed clash"]


@pytest.mark.parametrize("sentence", [
    "Three civilians were killed in the attack, the governor said.",  # victims of an attack told before
    "Aid workers cared for the abducted girls in Yei.",  # the victims of an abduction told before
    "Skirmishes over grazing land are common along this stretch of the frontier.",  # a habit, not an event
    "The foreign ministry said it had protested to Caracas on Monday.",  # to a government: diplomacy
])
def test_victims_habits_and_diplomacy_are_no_new_event(sentence):
    assert _subs(sentence) == [], _subs(sentence)


def test_an_attack_told_by_its_noun_and_a_report_verb():
    assert _subs("Another attack was reported in Nangade district on Friday.") == ["Attack"]
    assert _subs("The shooting happened at a checkpoint outside the village.") == ["Attack"]
    assert _subs("No attack was reported in the area on Friday.") == []


def test_anyone_shot_is_an_attack_but_not_a_drone_shot_down_or_nobody():
    assert _subs("Two people were shot dead at a checkpoint near Kut on Monday.") == ["Attack"]
    assert "Attack" not in _subs("A drone was shot down near Kut.")
    assert _subs("Nobody was shot, police said.") == []


def test_sniper_rifles_are_no_sniper_fire():
    assert _subs("Police found two sniper rifles in the town.") == []


def test_a_background_event_named_with_the_was_told_before():
    # "displaced since the offensive began": the offensive the article told, recalled
    assert _subs("Officials said 50,000 people had been displaced in the north since the offensive began.") == []
    # without "the", the only event the sentence gives stays
    assert _subs("Officials said 50,000 people had been displaced in the north since an offensive began.") == [
        "Armed clash"]


def test_guards_firing_that_kills_is_gunfire_not_shelling():
    assert _subs("BSF firing killed a farmer near the border on Monday night.")[0] == "Armed clash"
    assert _subs("Two youths were killed in BSF firing near the border.")[0] == "Armed clash"
    # a heavy weapon named before the fire keeps it shelling
    assert _subs("Indian artillery firing killed two civilians on Monday.")[0] == "Shelling/artillery/missile attack"
