"""A later total raises the toll of an event told before, however far back it was told.

A live blog's update hours later ("13:15 Update on Kovel: a second man has died in hospital.
The toll from the attack there is now two.") or a later paragraph ("On Friday, a fourth soldier
died, taking the death toll from the Phu Sing blast to four") gives the event's whole new toll
(``geomap.text.stated_totals``). It goes to the incident told before with a smaller count: the
one whose place the update names (in its own paragraph, up to the total), or, when it names none
but points back at "the attack", the only incident with a count told before. A death told in
the total's own sentence ("a fourth soldier died") is inside the total, not an event of its own.
Nothing is guessed: several places named, or several incidents with a count and none named,
leave the tolls as they were.
"""

from __future__ import annotations

import re

from geomap.gazetteer.normalize import fold
from geomap.text.sentences import Sentence
from geomap.text.stated_totals import stated_total

__all__ = ["raise_to_later_totals"]

#: the total points back at its event: "the toll from the attack", "killed there"
_POINTS_BACK = re.compile(r"\b(?:there|attack|ambush|blast|explosion|strike|raid|shooting|clash|assault|bombing|shelling)\b",
                          re.I)


def _named_in(incident: dict, region: str) -> bool:
    """Whether ``region`` names the incident's place (its location or the words it was told by)."""
    p = incident["properties"]
    a, b = p.get("mention_start"), p.get("mention_end")
    names = [p.get("location") or ""] + ([p["source_sentence"][a:b]] if a is not None and b is not None else [])
    folded = fold(region)
    return any(len(n) > 2 and fold(n) in folded for n in names)


def raise_to_later_totals(text: str, sentences: list[Sentence], incidents: list[dict]) -> None:
    """Give each later total told in a sentence of ``sentences`` to the incident told before
    whose toll it raises (see the module's docstring)."""
    index_of = {s.start: k for k, s in enumerate(sentences)}
    for i, s in enumerate(sentences):
        total = stated_total(s.text)
        if total is None:
            continue
        value = total[0]
        before = [f for f in incidents if index_of.get(f["properties"].get("sentence_start"), len(sentences)) < i
                  and 0 < (f["properties"]["fatalities"] or 0) < value]
        if not before:
            continue
        cut = text.rfind("\n\n", 0, s.start)
        region = text[cut + 2 if cut >= 0 else 0:s.end]  # the update's paragraph, up to the total
        named = [f for f in before if _named_in(f, region)]
        if len({f["properties"]["location"] for f in named}) > 1:
            continue
        if not named and not (len(before) == 1 and _POINTS_BACK.search(s.text)):
            continue
        target = max(named or before, key=lambda f: f["properties"]["fatalities"])
        p = target["properties"]
        p.update(fatalities=value, fatalities_text=f'{p["fatalities_text"]}; {s.text[total[1]:total[2]]}',
                 fatalities_basis="a later total raises the toll told before",
                 fatalities_sentence=f'{p.get("fatalities_sentence") or p.get("source_sentence", "")} {s.text}'.strip())
        for f in incidents:  # ("a fourth soldier died ..., taking the toll to four": inside the total)
            q = f["properties"]
            if f is not target and index_of.get(q.get("sentence_start")) == i and (q["fatalities"] or 0) <= value \
                    and q["fatalities"]:
                q.update(fatalities=None, fatalities_basis="not this incident's: inside a later total of an event told before")
