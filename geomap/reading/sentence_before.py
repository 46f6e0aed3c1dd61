"""An event told with no place of its own, just after the sentence that told where the story is.

"A patrol detected a group of 40 near the village of X. When the officers tried to stop the group,
several of its members threw stones at them.": the stones were thrown at X. Reports go on telling
one scene over several sentences (often a paragraph each), and the later ones rarely repeat the
place. So an event whose sentence names no place at all (but a speaker's place or someone's home
town) is at the scene of the sentence just before: where its incidents are, when all are at one
place; else the place its own event, told again and so placed nowhere, would be at; else the
first place it names as where something is ("near the village of X, Y municipality": X; not
"the X directorate", nor "women who sell groceries in X"). A sentence between with no place and
no incident ("Six officers were injured.") is passed over.

Not moved there: an event of the type that scene holds (any armed violence after armed
violence: "soldiers fired with mortars" after a clash), or one told by its bare noun after one of
its type ("gunfire lasted an hour"): the same one told again; victims told alone ("Eleven soldiers
were killed.") and any sentence telling deaths: the toll of the event before, ``adjacent_tolls``'s;
weapons recovered; a sentence that names a country, a place by a common noun ("in the park",
"attacked the KTB camp") or says its event is another ("a separate clash", "this year"); and
strategic developments but arrests and destruction ("the army said it had reinforced its posts"
is no scene). The place is a guess: it takes no toll (``tolls.GUESSED``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from geomap.reading.origin_apposition import told_as_origin
from geomap.reading.placement import choose_place, incident_candidates, place_location
from geomap.text.cues import is_destination
from geomap.text.event_words import events_from_text
from geomap.text.quantities import fatalities_from_text

__all__ = ["place_of_sentence_before"]

_SCENE_DEVELOPMENTS = frozenset(("Arrests", "Looting/property destruction"))


def place_of_sentence_before(text, sentences, i, ev, by_sentence, placed_at, frontier, ctx):
    """The Location of sentence ``i - 1``'s scene for event ``ev`` of sentence ``i``, or None.

    ``placed_at`` maps a sentence index to the (event type, Location) of the incidents placed in it so far."""
    if i == 0:
        return None
    if ev.event_type == "Strategic developments" and ev.sub_event_type not in _SCENE_DEVELOPMENTS:
        return None
    if fatalities_from_text(sentences[i].text) is not None or _CASUALTIES.search(ev.trigger) or (ev.event_type == "Explosions/Remote violence" and _RECOVERED.search(
            sentences[i].text)):
        return None  # "Eleven soldiers were killed.": the toll of the event told before; "a grenade was recovered"
    if _EVENT_NOUN.match(ev.trigger) and any(t == ev.event_type for told in placed_at.values() for t, _ in told):
        return None  # "Residents said gunfire lasted almost an hour.": the gunfight told before
    s = sentences[i]
    if incident_candidates(s, by_sentence.get(i, [])) or _OTHER_SCENE.search(s.text) or _TOLD_EVENT.search(s.text) or any(
            not told_as_origin(s.text, p.mention.start - s.start, p.mention.end - s.start)
            and not _NATIONALITY.search(s.text, 0, p.mention.start - s.start)
            and not is_destination(s.text, p.mention.start - s.start) for p in by_sentence.get(i, [])):
        return None  # a place of its own (a country, "in the park"), or "a separate clash": not that scene
        # (not where someone fled to: "the driver drove at an officer and fled into Hungary" is at the scene before)
    j = i - 1
    while j > 0 and i - j < _BACK and not placed_at.get(j) and not incident_candidates(sentences[j], by_sentence.get(j, [])):
        j -= 1  # "Six officers were injured.": a sentence with no place and no incident goes on with the scene
    before = placed_at.get(j)
    if before:
        if any(t == ev.event_type or {t, ev.event_type} <= _ARMED for t, _ in before):
            return None  # "... an attack at X. Four were killed when gunmen stormed the post.": the same one told again
        before = [loc for _, loc in before]
        if len({loc.name for loc in before}) != 1 or (before[0].mention_start is None
                                                      and before[0].basis != "sentence before"):
            return None  # two scenes, or one itself guessed: which one is not said
        return replace(before[0], basis="sentence before", mention_start=None, mention_end=None)
    prev = sentences[j]
    cands = [p for p in incident_candidates(prev, by_sentence.get(j, []))
             if p.entry.place_type in ("city", "landmark", "admin2")]
    if not cands:
        return None
    told = events_from_text(prev.text)
    if told:  # "... blocked the road at X": where that sentence's own event (told again, so unplaced) is
        place = choose_place(prev, told[0].start, told[0].end, cands)
    else:  # "a patrol of the X directorate detected a group near the village of Y, Z municipality": Y
        place = next((p for p in cands if _LOCATIVE.search(prev.text, max(0, p.mention.start - prev.start - 40),
                                                           p.mention.start - prev.start)
                      and not _RELATIVE.search(prev.text, 0, p.mention.start - prev.start)), cands[0])
    loc = place_location(place, prev, frontier, ctx)
    return replace(loc, basis="sentence before", mention_start=None, mention_end=None)


#: fighting told again by its weapons ("soldiers fired with automatic weapons and mortars" after a clash)
_ARMED = frozenset(("Battles", "Explosions/Remote violence", "Violence against civilians"))
#: how many sentences back the scene is looked for
_BACK = 3
#: a sentence that says its event is another one, or names its own place by a common noun
_OTHER_SCENE = re.compile(
    r"\b(?:separate|another|second|third|elsewhere|other|earlier|previous|(?:last|this)\s+(?:week|month|year)|so\s+far"
    r"|since)\b"
    r"|(?:\b(?:in|at|near|inside|outside|on|into|across|along|around|towards?)\s+)?\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:parks?|forests?|reserves?|camps?|rivers?|lakes?|valleys?|mountains?|hills?|desert|bush|region|province|district"
    r"|areas?|zones?|sea|waters|coast|border|frontier|north|south|east|west|villages?|towns?|city|base|territory|side)\b",
    re.I)
#: "23 civilians were killed in the shelling": deaths of the event told before, not one more
_TOLD_EVENT = re.compile(r"\b(?:the|that|this|these|those)\s+(?:[\w-]+\s+)?(?:shelling|attacks?|clash(?:es)?|fighting"
                         r"|strikes?|raids?|ambush|shooting|explosions?|blasts?|bombing|riots?|protests?|incident"
                         r"|violence|unrest|gunfight|assault)\b", re.I)
#: an event read from its victims alone ("two civilian drivers were killed"): a toll, ``adjacent_tolls``'s
_CASUALTIES = re.compile(r"\b(?:was|were|been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|shot)\b|\b(?:died|dead)\b", re.I)
#: a place told as where something is ("near the village of X"), not as a word of a name ("the X directorate")
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around|inside)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
#: a place inside a relative clause describing people ("women who sell groceries in X"): what they do
_RELATIVE = re.compile(r"\b(?:who|whose)\s+(?:\w+\s+){0,2}?(?:sell|live|work|come|trade|use|buy|farm|fish|study|stay)s?\b"
                       r"[^,;:]*$", re.I)
#: an event told by its bare noun, as one already told is
_EVENT_NOUN = re.compile(r"^(?:the\s+)?(?:gunfire|fighting|clash(?:es)?|shooting|shelling|violence|unrest|attacks?|explosions?"
                         r"|blasts?|firing|battle|skirmish(?:es)?|gunfight|exchange\s+of\s+fire)$", re.I)
#: weapons found, not used
_RECOVERED = re.compile(r"\b(?:recovered|seized|confiscated|found|discovered|defused|handed\s+over)\b", re.I)
#: "a citizen of Bulgaria from X": the country of the person's passport
_NATIONALITY = re.compile(r"\b(?:citizens?|nationals?|natives?|residents?)\s+of\s+$", re.I)
