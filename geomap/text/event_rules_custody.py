"""Trigger rules for deaths in custody told with their abuse, for ``geomap.text.event_words``.

"A man died in a police cell in X hours after border police beat him", "was beaten to death in the
custody of border police in X": ACLED codes a death in custody as violence against civilians when
the report tells the mistreatment that caused it (a death in custody alone, of illness or unknown
cause, is no event, and "after a trader died in custody" stays what set a riot off). Each entry is
(event type, sub-event type, pattern, gate words), like ``geomap.text.event_rules_generic``.
"""

from __future__ import annotations

#: where a detainee is held
_CUSTODY = (r"(?:custody|detention|(?:an?|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:cell|lock-?up|detention\s+(?:centre|center)"
            r"|holding\s+(?:centre|center|facility)))")
#: the mistreatment told beside the death
_ABUSE = (r"(?:beat|beaten|beating|tortur\w*|restrain\w*|pinned|abus\w*|mistreat\w*|ill-treat\w*|assault\w*|kicked"
          r"|punched|choked|strangled|tasered)")

CUSTODY_RULES = [
    # "died in a police cell in X ... after officers beat him", "beat him ... he died in custody",
    # "was beaten to death in the custody of border police"
    ("Violence against civilians", "Attack",
     r"\b(?:died|death)\s+(?:\w+\s+){0,2}?(?:in|while\s+in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _CUSTODY
     + r"(?=[^.;]*\b" + _ABUSE + r"\b)"
     r"|\b" + _ABUSE + r"\b[^.;]{0,120}?\b(?:died|death)\s+(?:\w+\s+){0,2}?(?:in|while\s+in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
     + _CUSTODY + r"\b"
     r"|\b(?:beaten|tortured)\s+to\s+death\b",
     ("custody", "cell", "detention", "lock", "holding", "to death")),
]

__all__ = ["CUSTODY_RULES"]
