"""Places an incident sentence points back to: "the town", "there" or "the city" after a place
of the sentences before (``continuing_place``) or of the speakers of the same sentence
(``speaker_place_referred``), and deaths told just after a sentence naming one place
(``story_place``).

Split from ``geomap.reading.placement`` (which re-exports these names) so that reading back
across sentences is one module's job, apart from placing a sentence's own places.
"""

from __future__ import annotations

import re

from geomap.reading.candidates import incident_candidates, residents_places
from geomap.reading.resolve import Place
from geomap.text import cues
from geomap.text.sentences import Sentence

__all__ = ["same_paragraph", "speaker_place_referred", "continuing_place", "story_place", "residents_home"]


def same_paragraph(text: str, earlier: Sentence, later: Sentence) -> bool:
    """No line break between two sentences."""
    return "\n" not in text[earlier.end:later.start]


_KIND_TYPES = {
    "town": ("city",), "city": ("city",), "village": ("city",), "settlement": ("city",),
    "border town": ("city",), "district": ("admin2", "city"), "province": ("admin1",), "region": ("admin1", "region"),
    "area": ("city", "landmark", "admin1", "region"),
}


def _matches_kind(place: Place, kinds: set[str]) -> bool:
    e = place.entry
    for k in kinds:
        if k == "any" and e.place_type in ("city", "landmark"):
            return True
        if e.place_type in _KIND_TYPES.get(k, ()):
            return True
        if e.place_type == "landmark" and e.feature == k:
            return True
    return False


def speaker_place_referred(sentence: Sentence, places: list[Place]) -> tuple[Place, bool] | None:
    """"Officials in X said drones hit the city overnight", "residents of X said gunmen burned
    shops outside the town" or "... there": the place the speakers are in, when the sentence points
    back at it with "the city"/"the town"/"there" (and whether the event is only near it), else None."""
    if not cues.anaphor_kinds(sentence.text):  # "residents of X said soldiers burned houses there": X
        return None
    for m in cues.anaphors(sentence.text):
        kind = "any" if m.group(0).lower() == "there" else m.group(0).lower().split()[-1]
        before = [p for p in places if p.role == "place" and p.entry.place_type != "country"
                  and p.mention.end - sentence.start <= m.start()
                  and cues.is_speaker_place(sentence.text, p.mention.start - sentence.start)
                  and _matches_kind(p, {kind})]
        if before:
            return max(before, key=lambda p: p.mention.start), cues.is_near_qualified(sentence.text, m.start())
    return None


def continuing_place(text: str, sentences: list[Sentence], index: int,
                     places_by_sentence: dict[int, list[Place]], max_back: int = 2) -> Place | None:
    """The place an anaphor of sentence ``index`` ("the town", "there") points back to, or None.

    Only sentences of the same paragraph, at most ``max_back`` back, are searched, and only
    a place of the kind the anaphor names.
    """
    kinds = cues.anaphor_kinds(sentences[index].text)
    if not kinds:
        return None
    for j in range(index - 1, max(-1, index - 1 - max_back), -1):
        if not same_paragraph(text, sentences[j], sentences[index]):
            return None
        here = places_by_sentence.get(j, [])
        cands = [p for p in incident_candidates(sentences[j], here) if _matches_kind(p, kinds)] or [
            p for p in residents_places(sentences[j], here) if _matches_kind(p, kinds)]  # "Residents of X said ..."
        if cands:
            return cands[-1]
    return None


def story_place(text: str, sentences: list[Sentence], i: int, by_sentence: dict[int, list[Place]]) -> Place | None:
    """"... after 20 soldiers crossed the line in X. One soldier was killed when a landmine
    exploded as the group withdrew": deaths in an event told with no place of its own, just after
    a sentence of the same paragraph that names one place where no event was told, are there."""
    if i == 0 or not same_paragraph(text, sentences[i - 1], sentences[i]):
        return None
    from geomap.text.event_words import events_from_text
    from geomap.text.quantities import fatalities_from_text

    fat = fatalities_from_text(sentences[i].text)
    if fat is None or not fat.value:
        return None
    prev = sentences[i - 1]
    if events_from_text(prev.text):
        return None
    cands = incident_candidates(prev, by_sentence.get(i - 1, []))
    for kinds in (("city", "landmark"), ("admin2",)):  # "near Uri in Baramulla district": Uri
        got = [p for p in cands if p.entry.place_type in kinds]
        if got:
            return got[0] if len({p.entry.gid for p in got}) == 1 else None
    return None


_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)
#: "villagers in X told reporters that bandits had burned ...": "that" opens what they said, no event told before
_SAID_THAT = re.compile(r"\b(?:said|says|say|reported|reports|report|claimed|added|told(?:\s+[\w-]+){1,2})\s+that\s+$", re.I)
#: a name the event's clause puts it at, even one the gazetteer lacks ("in Julio Andrade")
_NAMED_AFTER = re.compile(r"\b(?:in|at|near|outside|inside|around)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def residents_home(sentence: Sentence, places: list[Place], event_start: int) -> Place | None:
    """"Villagers in X said armed men had taken 30 head of cattle across the border": the village or
    town whose residents tell an event their clause gives no place of its own is where it happened,
    near it (what residents of a place report, they saw at home), else None."""
    if _DEFINITE_BEFORE.search(sentence.text, max(0, event_start - 8), event_start) \
            and not _SAID_THAT.search(sentence.text, max(0, event_start - 40), event_start):
        return None  # "residents of X said they heard the drone before the explosion": an event told before
    homes = [p for p in residents_places(sentence, places) if p.entry.place_type in ("city", "landmark", "admin2")
             and p.mention.end - sentence.start <= event_start]
    if any(p.role == "place" and p.entry.place_type != "country" and p not in homes for p in places) \
            or _NAMED_AFTER.search(sentence.text, event_start):
        return None  # "residents of X say armed men burned a warehouse in Y": the sentence names where (known or not)
    return homes[-1] if homes else None
