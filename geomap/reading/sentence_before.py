"""An event told with no place of its own, just after the sentence that told where the story is.

"A patrol detected a group of 40 near the village of X. When the officers tried to stop the group,
several of its members threw stones at them.": the stones were thrown at X. Reports go on telling
one scene over several sentences, and the later ones rarely repeat the place. So an event whose
sentence names no place it could be at (its only places are speakers' or someone's home town)
(and no country, no "in the park", no "a separate clash", no "killed in the shelling") is at the place of the sentence just before (a new paragraph often starts the next beat of
the same scene): where that sentence's
incidents are, when they are all at one place, or else, when it told no incident, the place
it names first ("near X, Y municipality, Z region": X). An event of the type that sentence
placed is the same one told again ("... the attack at X. Four were killed when gunmen stormed the
post"), not a second one; so are victims told alone ("Eleven soldiers were killed.": that event's
toll, for ``adjacent_tolls``), and weapons recovered are no explosion. A sentence between with no place (or
only a home town) and no incident ("Six officers were injured.") is passed over. Strategic developments other than arrests
and destruction are left alone ("the army said it had reinforced its posts" is no scene).
"""

from __future__ import annotations

import re
from dataclasses import replace

from geomap.reading.origin_apposition import told_as_origin
from geomap.reading.placement import incident_candidates, place_location

__all__ = ["place_of_sentence_before"]

_SCENE_DEVELOPMENTS = frozenset(("Arrests", "Looting/property destruction"))


def place_of_sentence_before(text, sentences, i, ev, by_sentence, placed_at, frontier, ctx):
    """The Location of sentence ``i - 1``'s scene for event ``ev`` of sentence ``i``, or None.

    ``placed_at`` maps a sentence index to the (event type, Location) of the incidents placed in it so far."""
    if i == 0:
        return None
    if ev.event_type == "Strategic developments" and ev.sub_event_type not in _SCENE_DEVELOPMENTS:
        return None
    if _CASUALTIES.search(ev.trigger) or (ev.event_type == "Explosions/Remote violence" and _RECOVERED.search(
            sentences[i].text)):
        return None  # "Eleven soldiers were killed.": the toll of the event told before; "a grenade was recovered"
    s = sentences[i]
    if incident_candidates(s, by_sentence.get(i, [])) or _OTHER_SCENE.search(s.text) or _TOLD_EVENT.search(s.text) or any(
            not told_as_origin(s.text, p.mention.start - s.start, p.mention.end - s.start)
            and not _NATIONALITY.search(s.text, 0, p.mention.start - s.start) for p in by_sentence.get(i, [])):
        return None  # a place of its own (a country, "in the park"), or "a separate clash": not that scene
    j = i - 1
    while j > 0 and i - j < _BACK and not placed_at.get(j) and not incident_candidates(sentences[j], by_sentence.get(j, [])):
        j -= 1  # "Six officers were injured.": a sentence with no place and no incident goes on with the scene
    before = placed_at.get(j)
    if before:
        if any(t == ev.event_type for t, _ in before):
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
    place = min(cands, key=lambda p: p.mention.start)  # "near X, Y municipality, Z region": X
    loc = place_location(place, prev, frontier, ctx)
    return replace(loc, basis="sentence before", mention_start=None, mention_end=None)


#: how many sentences back the scene is looked for
_BACK = 3
#: a sentence that says its event is another one, or names its own place by a common noun
_OTHER_SCENE = re.compile(
    r"\b(?:separate|another|second|third|elsewhere|other|earlier|previous|(?:last|this)\s+(?:week|month|year)|so\s+far"
    r"|since)\b"
    r"|\b(?:in|at|near|inside|outside|on|into|across|along|around|towards?)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:parks?|forests?|reserves?|camps?|rivers?|lakes?|valleys?|mountains?|hills?|desert|bush|region|province|district"
    r"|areas?|zones?|sea|waters|coast|border|frontier|north|south|east|west|villages?|towns?|city|base|territory|side)\b",
    re.I)
#: "23 civilians were killed in the shelling": deaths of the event told before, not one more
_TOLD_EVENT = re.compile(r"\b(?:the|that|this|these|those)\s+(?:[\w-]+\s+)?(?:shelling|attacks?|clash(?:es)?|fighting"
                         r"|strikes?|raids?|ambush|shooting|explosions?|blasts?|bombing|riots?|protests?|incident"
                         r"|violence|unrest|gunfight|assault)\b", re.I)
#: an event read from its victims alone ("two civilian drivers were killed"): a toll, ``adjacent_tolls``'s
_CASUALTIES = re.compile(r"\b(?:was|were|been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|shot)\b|\b(?:died|dead)\b", re.I)
#: weapons found, not used
_RECOVERED = re.compile(r"\b(?:recovered|seized|confiscated|found|discovered|defused|handed\s+over)\b", re.I)
#: "a citizen of Bulgaria from X": the country of the person's passport
_NATIONALITY = re.compile(r"\b(?:citizens?|nationals?|natives?|residents?)\s+of\s+$", re.I)
