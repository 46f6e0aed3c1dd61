"""A place's other name in brackets after it ("Liozna (Lyozna)", "Nădlac (Nagylak on the
Hungarian side)", "Qustul (Ashkeit)"): the same place under the name other people use, read
where the first name is a place and the second a rare name no person bears. Not after a country: in "the
X district of Belarus (Y ...)" the bracket names the district, not the country."""
from __future__ import annotations

import re
from bisect import bisect_right

from geomap.gazetteer import fold
from geomap.reading.mentions import Mention
from geomap.reading.resolve import Place
from geomap.reading.unlisted_names import not_a_name, rare_name
from geomap.text.alias_cues import bracketed_alias_cues
from geomap.text.lexicon import ORG_WORDS, first_names
from geomap.text.sentences import Sentence

__all__ = ["with_other_names"]

#: a body's name the place ends ("the Union of Indigenous Peoples of the Javari Valley (Univaja)")
_ORG_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(w.capitalize() for w in ORG_WORDS)) + r")\b"
                         r"(?:[ \u00a0](?:of|for|the|and|[A-Z][\w’'-]*))*"
                         r"[ \u00a0](?:of|for)(?:[ \u00a0]the)?[ \u00a0]$")


def with_other_names(text: str, sentences: list[Sentence], places: list[Place]) -> list[Place]:
    """``places`` with each bracketed other name of a place read added, at that place."""
    if "(" not in text:
        return places
    starts = [s.start for s in sentences]
    added = []
    for c in bracketed_alias_cues(text, sentences):
        first = next((p for p in places if p.role != "dateline" and p.mention.start <= c.anchor_start < p.mention.end),
                     None)
        if first is None or first.entry.place_type == "country" or any(p.mention.start < c.end and c.start < p.mention.end for p in places):
            continue
        if not rare_name(c) or not_a_name(c) or c.name.split()[0].lower() in first_names() or \
                _ORG_BEFORE.search(text, max(0, first.mention.start - 80), first.mention.start):
            continue  # (the Union of Indigenous Peoples of the Javari Valley (Univaja): the body's short name)
        si = max(0, bisect_right(starts, c.start) - 1)
        mention = Mention(c.name, c.start, c.end, si, fold(c.name), (), None, False, text[max(0, c.start - 40):c.start])
        added.append(Place(mention, first.entry, first.confidence))
    return sorted(places + added, key=lambda p: p.mention.start) if added else places
