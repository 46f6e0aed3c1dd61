"""Places named by their own form, as cues for the unlisted step: settlements ("Ban Nam Dee",
"Number 66 Village", "Tikobo No. 1"; a local village word counts only in a story about a country
where villages are so named, see ``geomap.text.settlement_forms``), zones named after a place
("the Aras free zone", ``geomap.text.zone_names``), "Old X" or "New X" beside a town X read ("Old
Mutare"), and the other names an aid update lists with their figures beside a place read
("Navrongo (610); Zebilla (390)")."""
from __future__ import annotations

from bisect import bisect_right

from geomap.reading.resolve import Place
from geomap.reading.typed_namesakes import article_countries
from geomap.reading.unlisted_names import common_word
from geomap.text.figure_lists import figure_list_members
from geomap.text.place_cues import PlaceCue
from geomap.text.sentences import Sentence
from geomap.text.settlement_forms import NUMBERED_VILLAGE, VILLAGE_HEADS, settlement_form_cues
from geomap.text.zone_names import zone_cues

__all__ = ["form_cues"]


def form_cues(text: str, sentences: list[Sentence], places: list[Place]) -> list[PlaceCue]:
    """Cues of the names whose form makes them places of the story, in text order."""
    out = zone_cues(text, sentences)
    found = settlement_form_cues(text, sentences)
    if found:
        countries = article_countries(places) | {p.entry.iso2 for p in places if p.role == "dateline" and p.entry.iso2}
        out += [c for c, head in found if (VILLAGE_HEADS[head] & countries if head else not _heading(c))]
    read = [(p.mention.start, p.mention.end) for p in places if p.role != "dateline"]
    out += _old_and_new(text, places) + _listed_with_figures(text, sentences, read)
    return sorted(out, key=lambda c: c.start)


def _heading(cue: PlaceCue) -> bool:
    """"Update No. 4", "Report No. 2": a common word numbered is a heading ("Tikobo No. 1" is a village)."""
    first = cue.name.split()[0]
    return cue.kind == NUMBERED_VILLAGE and first not in ("Number", "No.") and common_word(first)


#: "Old Mutare", "New Halfa": a place of its own beside the town it is named after
_OLD_NEW = ("Old ", "New ")


def _old_and_new(text: str, places: list[Place]) -> list[PlaceCue]:
    """A cue for each "Old X" or "New X" the gazetteer lacks (it would have read the longer name),
    X a town read: a place told near X."""
    out = []
    for p in places:
        a = p.mention.start
        if a >= 4 and text[a - 4:a] in _OLD_NEW and p.entry.place_type in ("city", "admin2") and p.role != "dateline" \
                and (a == 4 or not text[a - 5].isalnum()):
            b = p.mention.end
            out.append(PlaceCue(text[a - 4:b], a - 4, b, b, "town", "city", p.mention.sentence, a, "near"))
    return out


def _listed_with_figures(text: str, sentences: list[Sentence], read: list[tuple[int, int]]) -> list[PlaceCue]:
    """Weak cues for the unread members of each list of names with figures that has a member read,
    each told near the nearest member read."""
    starts = [s.start for s in sentences]
    out = []
    for group in figure_list_members(text):
        known = [a for a, b in group if any(x <= a < y for x, y in read)]
        if not known:
            continue
        for a, b in group:
            if any(x < b and a < y for x, y in read):
                continue
            si = max(0, bisect_right(starts, a) - 1)
            anchor = min(known, key=lambda k: abs(k - a))
            out.append(PlaceCue(text[a:b], a, b, b, "place", "city", si, anchor, "near", weak=True))
    return out

