"""Why a capitalised span the gazetteer matches is no place where it stands: a given name,
a title or a byline before it ("President Surin", "By Galgalo Boru"), an organisation, paper
or branch after it ("Bangkok Post", "al Qaeda's Sahel affiliate"), an ethnic adjective, an
eponym, a name given ("a boat called Nong Khai"), a minor place that speaks ("Jordan said").

Split from ``mentions`` (which finds the spans) so that each rule has room; the answer is a
reason word ("person", "organisation", "name part"...) that ``mentions`` acts on.
"""
from __future__ import annotations

import re

from geomap.gazetteer import demonym_country
from geomap.text.lexicon import (CONNECTORS, DIRECTIONS, EPONYM_NEXT, GENERIC_PLURALS, GEO_WORDS, GROUP_NOUNS,
                                 HOUSE_WORDS, ORG_WORDS, PREPOSITIONS, TITLES, first_names)
from geomap.text.tokens import joined, joined_or_dot, opens_clause
from geomap.text.union_areas import union_area_after

__all__ = ["why_not_a_place"]

#: words after "Group's X" that make X the name of the group's branch, not a place
_BRANCH_WORDS = frozenset({"affiliate", "affiliates", "branch", "franchise", "offshoot"})


#: abbreviated and full saints' titles that open names of towns and of institutions alike
_SAINTS = frozenset(("st.", "st", "ste.", "saint", "sainte"))


def why_not_a_place(text, toks, i, j, run_end, hits) -> str | None:
    """Why the span toks[i:j] is not a place here, or None."""
    n = len(toks)
    major = any(h.entry.place_type in ("country", "admin1", "region", "water", "landmark")
                or h.entry.feature == "capital" or (h.entry.population >= 100_000 and h.similar) for h in hits)
    words = [t.text.lower() for t in toks[i:j]]
    if len(words) == 1 and (words[0] in DIRECTIONS or words[0] in GEO_WORDS or words[0] in ORG_WORDS
                            or words[0] in GENERIC_PLURALS):
        return "generic word"
    given = first_names()
    # "John Bolton", "Jenny Palma": a place name right after a given name is a surname
    if i > 0 and toks[i - 1].text.lower() in given and toks[i - 1].is_cap and joined(text, toks[i - 1], toks[i]) \
            and not opens_clause(text, toks, i - 1) and not any(h.entry.place_type == "country" for h in hits):
        return "person"
    # "Paul Halim": a single-word place that is also a given name, before a capitalised word
    if j - i == 1 and words[0] in given and run_end > j and not major:
        return "person"
    if j < n and union_area_after(text, toks[i].start, toks[j - 1].end):
        return "union area"  # "inside the Schengen area": a union's members, not the village it is named after
    # organisations and publications: "Interior Ministry", "Bangkok Post", "Korean War"
    for k in range(j, min(run_end, n)):
        if toks[k].text.lower() in ORG_WORDS:
            return "organisation"
    # "St. John's University", "St. Paul's Hospital": a saint's house, not the town named after the saint
    if words[0] in _SAINTS and j < n:
        k = j + 1 if toks[j].text in ("'s", "’s") else j  # ("St. Barnabas Hospital" without the possessive)
        if k < n and toks[k].is_cap and toks[k].text.lower() in ORG_WORDS | HOUSE_WORDS:
            return "organisation"
    # "Operation Mekong Shield", "Operación Frontera Norte": a code name, whatever place it borrows
    if i > 0 and toks[i - 1].text in _OPERATION and joined(text, toks[i - 1], toks[i]):
        return "name part"
    if j + 1 < n and toks[j].text == "Red" and toks[j + 1].text in ("Cross", "Crescent"):
        return "organisation"  # "the Kenya Red Cross", "the Syrian Arab Red Crescent"
    if j < n and toks[j].text.lower() in _BRANCH_WORDS and i > 0 and toks[i - 1].text in ("'s", "’s") \
            and not any(h.entry.place_type == "country" for h in hits):
        return "organisation"  # "al Qaeda's Sahel affiliate": a group's branch, named after where it fights
    person = _person_before(text, toks, i, hits)
    if person:
        return person
    # "Lake Victoria" is no town of Victoria, however large, and "Lake Chad" no mention of the country
    if i > 0 and toks[i - 1].text in ("Lake", "Lac", "Lago") and joined(text, toks[i - 1], toks[i]) \
            and not any(h.entry.place_type == "water" for h in hits):
        return "name part"
    # "a driver named Mafraq Haddad", "a boat called Nong Khai": a name given, not a place told
    if i >= 3 and toks[i - 1].text.lower() in _NAMING and toks[i - 3].text.lower() in _ARTICLES \
            and toks[i - 2].text.lower() not in GEO_WORDS | _PLACE_NOUNS:  # not "presently called Kinshasa"
        return "name part"
    # "Comandos de la Frontera", "Universidad del Valle": a minor place ending a longer name
    if not major and i >= 2 and toks[i - 1].text.lower() in _ROMANCE_PARTICLES:
        k = i - 1
        while k > 0 and toks[k - 1].text.lower() in _ROMANCE_PARTICLES and joined(text, toks[k - 1], toks[k]):
            k -= 1
        if k > 0 and joined(text, toks[k - 1], toks[k]) and toks[k - 1].is_cap and \
                toks[k - 1].text.lower() not in _ROMANCE_PLACE_HEADS and not opens_clause(text, toks, k - 1):
            return "name part"
    if text[toks[j - 1].end:toks[j - 1].end + 1] == "$":  # "US$460"
        return "currency"
    # ethnic adjectives: "allied Amhara militiamen", "Karen rebels"
    if j < n and toks[j].text.lower() in GROUP_NOUNS and joined(text, toks[j - 1], toks[j]) \
            and not any(h.entry.place_type == "country" for h in hits):
        return "ethnic adjective"
    # a people named like its homeland unit: "the Emberá people", "Tigray tribes"
    if j < n and toks[j].text.lower() in _PEOPLE_AFTER and joined(text, toks[j - 1], toks[j]) \
            and all(h.entry.place_type in ("admin1", "admin2") for h in hits):
        return "ethnic adjective"
    # a people before its communities: "Guaraní communities blocked the road", "the first Emberá
    # community", unless the text puts the name somewhere too ("families in Molo ... Molo communities")
    if _people_of_communities(text, toks, i, j) and not any(h.entry.place_type == "country" for h in hits):
        return "ethnic adjective"
    # a byline: "By Galgalo Boru, Marsabit" names the writer
    if text.find("By", max(0, toks[i].start - 60), toks[i].start) >= 0 and \
            _BYLINE.search(text, max(0, toks[i].start - 60), toks[i].start):  # (a search tried at every position)
        return "person"
    # eponyms: "Marburg virus", "Reston ebolavirus", "Lassa fever"
    if j < n and toks[j].text.lower() in EPONYM_NEXT and joined(text, toks[j - 1], toks[j]):
        return "eponym"
    # people: "President Surin", "Gen. Tak", "Mr Jordan"
    if i > 0:
        prev = toks[i - 1].text.lower().rstrip(".")
        if prev in TITLES and joined_or_dot(text, toks[i - 1], toks[i]):
            return "person"
        # "Lake Kariba", "the ARC Leticia": a lake's or a vessel's name, no person's (the town stays a
        # place where it stands alone)
        if toks[i - 1].is_cap and joined(text, toks[i - 1], toks[i]) and not major and (
                prev in GEO_WORDS or (toks[i - 1].text.isupper() and len(toks[i - 1].text) > 1)):
            return "name part"
        # "Nelson Mandela", "Annie Lennox": a minor place after a capitalised non-place word
        if (not major and toks[i - 1].is_cap and joined(text, toks[i - 1], toks[i]) and prev not in _ARTICLES
                and prev not in DIRECTIONS and prev not in CONNECTORS and not demonym_country(prev)
                and not (prev in PREPOSITIONS and opens_clause(text, toks, i - 1))):  # "In X, ..." opens a sentence
            return "person"
    # a non-place capitalised word right after a minor place: a person or a name ("Hun Sen")
    if run_end > j and not major:
        nxt = toks[j].text.lower()
        if nxt not in GEO_WORDS and nxt not in ORG_WORDS:
            return "name part"
    # a minor place that speaks is a person ("Hartl said", "Jordan told reporters"),
    # unless a preposition makes it where the speaker is ("an official in Gedaref said")
    if not major and not _told_where(text, toks, i) and _SAYS.match(text[toks[j - 1].end:toks[j - 1].end + 12]):
        return "person"
    # ... and one a quote is given to, with who they are after it ("said Fatou, a Red Cross volunteer")
    if not major and i > 0 and toks[i - 1].text.lower() in _SPEECH_BEFORE and _ROLE_AFTER.match(text, toks[j - 1].end):
        return "person"
    # news agencies and papers named after towns: "Xinhua news agency", "Xinhua reported"
    after = text[toks[j - 1].end:toks[j - 1].end + 16]
    before = toks[i - 1].text.lower() if i > 0 else ""
    if not major and (_MEDIA.match(after) or (
            _REPORTED.match(after) and before not in PREPOSITIONS)):
        return "organisation"
    # suffixes of people: "Jordan Jr"; speech of people: minor place + "said"
    if j < n and toks[j].text in ("Jr", "Sr", "III", "II"):
        return "person"
    # all-capital acronyms (FDA, NATO, ASEAN) are places only as country codes (US, UK, UAE)
    span = text[toks[i].start:toks[j - 1].end]
    if span.replace(".", "").isupper() and len(span.replace(".", "")) <= 5 and len(span) > 1:
        if not any(h.entry.place_type == "country" for h in hits):
            return "acronym"
    return None


#: a speech verb before a quoted speaker's name, and the role told after it
_SPEECH_BEFORE = frozenset("said says told added explained recalled".split())
_ROLE_AFTER = re.compile(r",[ \u00a0](?:an?|the)[ \u00a0]")
#: verbs of going before "for" ("drivers heading for X said": X is where they go, not who speaks)
_GOING_FOR = frozenset("heading headed bound leaving left making".split())


def _told_where(text, toks, i) -> bool:
    """Whether a preposition puts the name at token i as where someone is or goes, directly ("an
    official in Gedaref said"), through the list it ends ("waiting near Mostyska and Yavoriv
    said") or after a verb of going ("heading for Nova Gradiška said")."""
    k = i - 1
    while k >= 2 and toks[k].text.lower() in ("and", "or", ",") and toks[k - 1].is_cap:
        k -= 2  # back over "X and", "X,"
        while k >= 1 and toks[k].is_cap and joined(text, toks[k], toks[k + 1]):
            k -= 1  # (a name of several words: "near Nova Gradiška and X")
    if k < 0:
        return False
    word = toks[k].text.lower()
    return word in PREPOSITIONS or (word == "for" and k > 0 and toks[k - 1].text.lower() in _GOING_FOR)


#: the word before a military or police operation's code name, as capitalised in English, Spanish,
#: Portuguese and French
_OPERATION = frozenset(("Operation", "Operación", "Operação", "Opération", "Operacion", "Operacao", "Operasi"))
#: words that give a name, and nouns of places before them ("a village called X" is a place)
_NAMING = frozenset("named called dubbed codenamed".split())
_PLACE_NOUNS = frozenset("settlement settlements hamlet community locality place spot site neighbourhood neighborhood "
                         "region province state".split())
_SAYS = re.compile(r"\s*(?:said|says|told|added|explained|noted|stated|wrote|argued)\b")
_MEDIA, _REPORTED = re.compile(r"\s*(?:news agency|newspaper|daily|broadcaster|television)\b"), re.compile(r"\s*(?:reported|quoted)\b")
#: ("community" is not one: "a northern Manitoba community" is a place)
_PEOPLE_AFTER = frozenset("people peoples tribe tribes".split())
#: words before "X community" that make X what the community is, not where it is ("the first Emberá
#: community", "an Aymara community"; "the Big Bend community" may be the place's)
_COMMUNITY_OF = frozenset("a an first another indigenous".split())
#: words before a name that put it somewhere ("families in Molo")
_PUT_AT = r"(?:in|near|at|from|to|around|outside)"


def _people_of_communities(text, toks, i, j) -> bool:
    """Whether the one-word name toks[i:j] is a people's, told before its communities."""
    n = len(toks)
    if j - i != 1 or j >= n or not joined(text, toks[i], toks[j]):
        return False
    nxt = toks[j].text
    if not (nxt == "communities" or nxt == "community" and i > 0 and toks[i - 1].text.lower() in _COMMUNITY_OF):
        return False
    return re.search(rf"\b{_PUT_AT}\s+{re.escape(toks[i].text)}\b", text) is None


#: the words of a byline line before a name ("By Galgalo ")
_BYLINE = re.compile(r"(?:^|\n)[ \t]*By[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){0,3}$")
#: a sentence's capitalised opening article is no given name ("The Kuźnica crossing")
_ARTICLES = frozenset(("the", "a", "an"))
_ROMANCE_PARTICLES = frozenset("de del la las los des du di da do dos".split())
#: Spanish, Portuguese and French words that open the name of a place ("Valle de Uco", "Puerto de la Cruz")
_ROMANCE_PLACE_HEADS = frozenset("""san santa santo são sao saint sainte puerto porto port villa vila ciudad
cidade valle vale sierra serra cerro monte mont río rio lago laguna isla ile île bahía baía costa provincia
departamento municipio estado región region pueblo""".split())


def _person_before(text, toks, i, hits) -> str | None:
    """"Prime Minister Nawaf Salam", "George W. Bush": a name in a person's name, whatever
    places share it (countries excepted)."""
    if i < 2 or any(h.entry.place_type == "country" for h in hits):
        return None
    prev = toks[i - 1]
    if len(prev.text) == 1 and prev.text.isupper() and text[prev.end:toks[i].start] == ". " and \
            toks[i - 2].is_cap and joined(text, toks[i - 2], prev):
        return "person"  # a middle initial
    k = i - 1
    while k >= 0 and toks[k].is_cap and joined(text, toks[k], toks[k + 1]) and toks[k].text.lower() not in TITLES:
        k -= 1
    if k >= 0 and k < i - 1 and toks[k].text.lower().rstrip(".") in TITLES and joined_or_dot(text, toks[k], toks[k + 1]):
        return "person"  # a title, a given name, then this one
    return None
