"""Word lists the mention finder reasons with: which capitalised words are never places,
which words around a name make it an organisation, a person, a province or a landmark.

Written by the team from general knowledge of English news style; given names come from the
US census lists shipped by PyPI's ``names`` package.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

CONNECTORS = frozenset("of de del la le du des da do dos das los las al el en on upon sur am an and i y e".split())
#: Lowercase particles inside a name that English leaves lowercase ("Dar es Salaam", "Dayr az
#: Zawr", "Dera Ghazi Khan ul ..."): a span may run over them to a longer known name, which then wins
#: over its first word ("Dar", a Cambodian town). Never an edge of a name; only joins capitals.
NAME_PARTICLES = frozenset("es ed ech esh ash as ad az ar at ez ul bin ibn ben".split())
#: Words that make a capitalised run an organisation, a publication or an event, not a place.
#: houses named after a person or saint ("St. Mary's Hospital", "St. Peter's Church", "Kenyatta Hospital")
HOUSE_WORDS = frozenset("hospital hospitals church cathedral chapel abbey basilica clinic academy".split())
ORG_WORDS = frozenset("""ministry ministries council committee commission department army armed forces force
party university college school institute bank airlines airways agency office police court union
organization organisation corporation corp inc ltd company group front movement command brigade
division regiment corps guard guards service services times post independent herald tribune daily
journal gazette telegraph news today express observer mail star chronicle insider press network
television tv radio broadcasting broadcaster foundation fund association federation league club fc
association embassy consulate parliament assembly senate congress government administration
authority authorities war wars treaty accord accords agreement protocol declaration summit conference
games cup championship festival prize award hospital airport stadium hotel mosque church cathedral
centre center museum program programme project initiative operation campaign mission
doctrine plan act law bill republic's rifles battalion battalions rangers constabulary cartel cartels
officer officers secretariat""".split())
#: Words that, right after a name, make the whole span a place ("Chanthaburi Province").
ADMIN_SUFFIXES = frozenset("province oblast state region district governorate prefecture county "
                           "municipality krai okrug territory canton".split())
#: Lowercase words after a name that make it a physical feature ("the Fergana valley").
FEATURE_WORDS = frozenset("valley mountains hills range river lake wetlands marshes marshlands desert plain "
                          "plains plateau plateaux plateaus escarpment rapids".split())
#: Words after a name that make it a district, county or the like ("Kurram district").
SECOND_LEVEL_WORDS = frozenset("district county municipality prefecture borough parish regency department "
                               "commune tehsil subdistrict raion rayon".split())
FIRST_LEVEL_WORDS = frozenset("province oblast state region governorate prefecture krai okrug canton territory".split())
GEO_WORDS = frozenset("city town village river valley island islands mountains mountain hills lake sea "
                      "gulf bay strait border frontier bridge pass plateau desert peninsula coast "
                      "crossing checkpoint temple zoo racecourse park square market station harbour harbor "
                      "port base camp airbase district area county suburb"
                      # unit acronyms after a name: "Borgu LGA" (a Nigerian local government area),
                      # "Limi VDC" (a Nepali village development committee)
                      " lga lgas vdc vdcs".split()) | ADMIN_SUFFIXES
TITLES = frozenset("""mr mrs ms miss dr prof president premier prime minister ministers general gen col
colonel lt lieutenant sgt sergeant capt captain major maj king queen prince princess sheikh emir pope
senator sen rep representative governor gov mayor judge justice chief commander spokesman spokeswoman
spokesperson secretary ambassador envoy chairman chairwoman director officer sir lord lady saint-
brig admiral marshal field""".split())
#: units of a distance told from a place ("12 km from Y", "a few miles south of Y")
DISTANCE_UNITS = frozenset("km kilometres kilometers miles".split())
#: a distance written as one word, the number glued to its unit ("20km", "5-km", "3mi")
GLUED_DISTANCE = re.compile(r"\d+(?:[.,]\d+)?-?(?:km|kms|mi|m)")
#: lands whose lowercase word after their name is part of it ("the Paraguaná peninsula", "the Piva canyon")
LAND_WORD_IN_MENTION = frozenset(("peninsula", "canyon", "canyons"))
#: Words that orient a name ("Eastern Ukraine") but never name a place alone.
DIRECTIONS = frozenset("""north south east west northern southern eastern western central northeast
northwest southeast southwest northeastern northwestern southeastern southwestern upper lower middle
greater inner outer far near new old""".split())
#: Generic plural words that name regions somewhere ("Lakes") but not in running text.
GENERIC_PLURALS = frozenset("lakes hills mountains islands plains highlands lowlands woods falls springs".split())
#: Lowercase words after a name that make it an eponym, not a place ("Marburg virus").
EPONYM_NEXT = frozenset("""virus viruses ebolavirus fever disease flu influenza strain variant syndrome
bacteria bacterium outbreak-strain encephalitis""".split())
NEVER_PLACES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december javascript html html5 css internet
facebook twitter youtube instagram telegram whatsapp covid god allah christmas easter ramadan eid
""".split())
#: Verbs after a capital that show it stands for its government ("Bangkok said").
GOVERNMENT_VERBS = re.compile(
    r"^\s*(?:has |had |have |would |will |is |was |also )?(?:said|says|say|accused|accuses|denied|denies|"
    r"announced|warned|rejected|insisted|claimed|claims|urged|blamed|responded|demanded|wants|believes|"
    r"reported|reports|confirmed|acknowledged|stated|added|countered|retorted|insists|"
    r"hopes|condemned|protested|summoned|recalled|agreed|signed|refused|threatened|vowed|called|calls|"
    r"was \"|is \"|was very|maintains|argues|argued|considers|accepted|welcomed|dismissed|described|"
    r"financed|funded|pledged|sent|deployed|offered|promised|approved|ordered|imposed|invested|"
    r"(?:traded|trade|exchanged|exchange)\s+(?:\w+\s+)?(?:blame|accusations|charges|barbs|recriminations|insults)|"
    r"has been|had been|was|is)\b")
#: Words before a capital that make it the government acting ("held by Tbilisi", "backed by Moscow").
GOVERNMENT_AGENT = re.compile(
    r"\b(?:held|controlled|claimed|administered|governed|backed|supported|armed|recogni[sz]ed|annexed|occupied"
    r"|run)\s+by\s+$")
#: "Baku and Yerevan traded blame": two capitals speaking together.
GOVERNMENT_PAIR = re.compile(
    r"^\s+(?:and|or)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:have\s+|had\s+|also\s+|both\s+)?"
    r"(?:said|say|accused|blamed|denied|traded|exchanged|agreed|signed|announced|rejected|insisted|claimed|warned"
    r"|condemned|demanded|confirmed)\b")

#: Words before a capital or country that make it the addressee of a government's act
#: ("asked Washington to allow", "urged Asmara to withdraw", "accused Bogota of allowing").
GOVERNMENT_ADDRESSED = re.compile(
    r"\b(?:asked|urged|told|called on|pressed|warned|accused|blamed|critici[sz]ed|condemned|thanked|lobbied|"
    r"informed|notified|implored|begged|invited|(?:protested|complained|appealed|wrote|objected)\s+to)\s+(?:the\s+)?$")
GOVERNMENT_ADDRESSED_AFTER = re.compile(r"^\s+(?:to|of|for|over)\b")
#: "demanding that Dushanbe explain", "insisted that Kabul hand over": a capital or country the
#: speakers want to act, told as the subject of a bare verb after "that": the government addressed
GOVERNMENT_DEMANDED = re.compile(r"\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)"
                                 r"|call(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?|propos(?:e|es|ed|ing)|want(?:s|ed|ing)?)"
                                 r"\s+that\s+$")
GOVERNMENT_DEMANDED_AFTER = re.compile(r"^\s+(?:(?:should|must|immediately|urgently|now|also)\s+)?(?!is\b|was\b|has\b|had\b)"
                                       r"[a-z]+\b(?<!s\b)")

MAX_TOKENS = 6
LANDMARK_TAILS = frozenset("crossing bridge checkpoint pass dam camp airport airbase base temple "
                            # features the team data names with a lowercase word ("the Akhurian gorge")
                            "gorge reservoir desert gap".split())
#: Lowercase group nouns after a name that make it an ethnic adjective ("Amhara militiamen").
GROUP_NOUNS = frozenset("militia militias militiamen fighters rebels insurgents guerrillas tribesmen gunmen "
                        "separatists clans clansmen herders herdsmen pastoralists".split())
PREPOSITIONS = frozenset("in at near from of to into toward towards outside inside around across".split())


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common given names (US census lists shipped by the ``names`` package), lowercased.

    A place name right after a given name is a surname ("John Bolton", "Jenny Palma").
    """
    try:
        import names
    except ImportError:  # optional: without it, fewer people are recognised
        return frozenset()
    folder = Path(names.__file__).resolve().parent
    out = set()
    for fn in ("dist.male.first", "dist.female.first"):
        for line in (folder / fn).read_text(encoding="ascii", errors="ignore").splitlines():
            parts = line.split()
            if parts and float(parts[1]) >= 0.002 and len(parts[0]) > 2:  # drop rare spellings, "IN"
                out.add(parts[0].lower())
    return frozenset(out)
