"""Whether a count of dead is only the killers' own claim, and a disputed one.

"Rebels said they had attacked an army post near X and killed eight soldiers, a claim the army
denied"; "the group said its fighters had killed "dozens" of soldiers, a figure that could not be
verified". The number is told by the side that says it did the killing (the subject of the
killing verb is the speaker: "they", "it", "its fighters"), and the sentence itself says the
claim is denied, disputed or unverified. ACLED takes the lowest reported number, and the other
side's account is lower (often none at all), so the incident keeps the words and no number.

A side's count of fallen enemies that the writer puts in quotation marks ("troops exchanged fire
with rebels, killing "several" fighters, it said") is the same kind of word: a body count kept at
a distance, not a toll. Quoted counts of other dead ("killed "several" people, residents said")
are read as ACLED reads them (``quoted_counts``).

Not such a claim: a side's undisputed count of the enemies it killed ("the army said it had
killed 23 rebels": the team's gold counts it), and deaths a side reports of others while a
different act is denied ("the group said three civilians died when soldiers burned houses; the
army denied burning any homes": the denial is of the burning, not of the count).
"""

from __future__ import annotations

import re

__all__ = ["disputed_claim", "disputed_parts"]

#: the speaker, then the speaker again as the killer: "said (on Wednesday) (that) they had
#: (attacked ... and) killed", "said its fighters had killed", "claimed to have killed"
_SAID = r"\b(?:said|says|say|saying|claimed|claims|claim|claiming|announced|boasted|stated)\b"
_SELF = (r"\b(?:they|it|we|(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:fighters|men|members|forces|units?|troops|militants"
         r"|combatants|gunmen|soldiers|elements|guards|patrols?|officers|personnel|servicemen))\b")
_OWN_KILL = re.compile(_SAID + r"[^.;]{0,60}?" + _SELF + r"\s+(?:had\s+|have\s+|has\s+)?(?:[^.;]{0,120}?\band\s+)?"
                       r"(?:killed|shot\s+dead|executed|slain|eliminated|neutrali[sz]ed)\s*$"
                       r"|\bclaim(?:ed|s)?\s+(?:to\s+have|that\s+(?:they|it)\s+(?:had|have|has))\s+"
                       r"(?:killed|shot\s+dead)\s*$",
                       re.I)
#: the sentence calls that count a claim and says it is not taken: "a claim the army denied", "a
#: figure that could not be (independently) verified", "the army said the claim was false"
_DOUBT = (r"(?:denied|denies|deny|rejected|rejects|disputed|disputes|dismissed|dismisses|contested|contests"
          r"|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)"
          r"|cannot\s+be\s+(?:independently\s+)?(?:verified|confirmed)|was\s+(?:false|untrue|exaggerated)|unverified"
          # "a claim Kyiv called a fabrication", "... branded propaganda"
          r"|(?:called|branded|termed|described\s+as)\s+(?:it\s+)?(?:an?\s+|the\s+)?(?:fabrication|lie|falsehood|false|fake"
          r"|propaganda|baseless|untrue|groundless))")
_CLAIM_NOUN = r"\b(?:claims?|figures?|numbers?|tolls?|accounts?|assertions?)\b"
#: the verb before the claim: "the army denied the claim", "Reuters could not independently verify the figure"
_REFUSE = (r"\b(?:denied|rejected|disputed|dismissed|contested|could\s+not\s+(?:independently\s+)?(?:verify|confirm))\s+"
           r"(?:the|this|that|these|those|its|their)\s+")
_DISPUTED = re.compile(_CLAIM_NOUN + r"[^.;]{0,50}?\b" + _DOUBT + r"|" + _REFUSE + _CLAIM_NOUN, re.I)
#: right after the count: "the rebels' claim that they had killed 17 soldiers was denied by the army"
_DENIED_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:was|were|has\s+been|have\s+been)\s+(?:denied|rejected|disputed|dismissed"
                           r"|contested)\b", re.I)


#: the armed dead a side counts of its enemy: "killing "several" fighters", "killed "dozens" of soldiers"
_COMBATANTS = re.compile(r"\s*(?:of\s+)?(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:fighters|rebels|militants|soldiers|troops"
                         r"|attackers|assailants|bandits|insurgents|jihadists|terrorists|gunmen|guerrillas|militiamen"
                         r"|separatists|enemy|enemies)\b", re.I)


#: the sentence after a claim opening on its denial: "The army denied the claim.", "Chad's army dismissed
#: the figure as propaganda.", "Neither account could be independently verified."
_DENIED_NEXT = re.compile(r"\s*(?:[^.;]{0,80}?" + _REFUSE + _CLAIM_NOUN
                          + r"|(?:(?P<neither>neither)|the|this|that|these|those)\s+(?:[\w-]+\s+)?" + _CLAIM_NOUN
                          + r"\s+(?:could|can)\s+(?(neither)|not\s+)be\s+(?:independently\s+)?(?:verified|confirmed))",
                          re.I)


def disputed_claim(sentence: str, fat, next_sentence: str | None = None) -> bool:
    """True when the count ``fat`` (a quantities.Count, offsets in ``sentence``) is the killers'
    own claim ("they had ... killed eight soldiers") that the sentence, after it, calls denied,
    disputed or unverified ("a claim the army denied", "a figure that could not be verified"), or
    the ``next_sentence`` opens by doing so ("The army denied the claim."); or a count of armed
    enemies the writer quotes ('killing "several" fighters')."""
    if fat.start is None or fat.end is None:
        return False
    if any(q in fat.text for q in '"“”') and _COMBATANTS.match(sentence, fat.end):
        return True
    # the killing verb opens the count ("killed eight") or follows it ("eight soldiers were killed")
    verb_at = fat.start if re.match(r"(?:killed|shot|executed|slain|eliminated|neutrali)", fat.text, re.I) else None
    if verb_at is None:
        return False
    if not _OWN_KILL.search(sentence, max(0, verb_at - 240), verb_at + _verb_len(sentence, verb_at)):
        return False
    return bool(_DISPUTED.search(sentence, fat.end) or _DENIED_AFTER.match(sentence, fat.end)
                or (next_sentence and _DENIED_NEXT.match(next_sentence)))


def _verb_len(sentence: str, at: int) -> int:
    """The length of the killing verb at ``at`` ("killed", "shot dead")."""
    m = re.match(r"shot\s+dead|\w+", sentence[at:])
    return m.end() if m else 0


def disputed_parts(sentence: str, hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The counts of a sentence with several that are the killers' own claim called unverified or
    denied right after it, before the next count ("The army said it had killed 40 militants, a
    figure that could not be verified; two soldiers were also killed"): left out of the sum, which
    keeps the others' two."""
    if len(hits) < 2:
        return []
    out = []
    ordered = sorted(hits)
    for k, (a, b, v) in enumerate(ordered):
        nxt = ordered[k + 1][0] if k + 1 < len(ordered) else len(sentence)
        verb_at = a if re.match(r"(?:killed|shot|executed|slain|eliminated|neutrali)", sentence[a:b], re.I) else None
        if verb_at is not None and nxt > b \
                and _OWN_KILL.search(sentence, max(0, verb_at - 240), verb_at + _verb_len(sentence, verb_at)) \
                and _DISPUTED.search(sentence[:nxt], b):
            out.append((a, b, v))
    return out if len(out) < len(hits) else []
