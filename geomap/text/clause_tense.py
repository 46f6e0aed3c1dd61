"""Whether the verb of a date's own clause is in the past ("officials met in Songkhla on Thursday"),
for ``geomap.text.dates``.

A weekday resolves back from publication unless the sentence speaks of the future; a future word
told later in another part of the sentence ("..., part of a 2024 plan to link X and Y") does not make
the meeting of its main clause a plan. The verb is read a few words back from the date, inside its
clause, and only when no future auxiliary stands before it ("will be held in Geneva on Thursday").
"""

from __future__ import annotations

import re

__all__ = ["PAST_IRREGULAR", "past_verb_before"]

#: past forms that do not end in -ed
PAST_IRREGULAR = frozenset(
    "said met began begun broke fought held took saw struck hit went came fell shot was were "
    "had told made left ran won lost led sent gave rose brought drove flew".split()
)
#: words that put the verb after them in the future or in an infinitive ("will be held", "to be held")
_NOT_PAST_AFTER = frozenset("will would shall be to won't wont due set scheduled expected planned".split())
#: up to five words before the date, with no clause mark between them and it
_WORDS = re.compile(r"(?:[A-Za-z'\u2019-]+\s+){1,5}$")


def past_verb_before(sentence: str, start: int) -> bool:
    """Whether a past-tense verb stands within five words before ``start`` in its clause, with no
    future auxiliary before it ("met in Bir Moghrein on Thursday": past; "will be held in X on
    Thursday", "would hold talks in X on Thursday": not)."""
    m = _WORDS.search(sentence, max(0, start - 80), start)
    if m is None:
        return False
    words = m.group(0).split()
    for k in range(len(words) - 1, -1, -1):
        w = words[k].lower()
        if w in _NOT_PAST_AFTER:
            return False
        if w in PAST_IRREGULAR or (w.endswith("ed") and len(w) > 3):
            return k == 0 or words[k - 1].lower() not in _NOT_PAST_AFTER
    return False
