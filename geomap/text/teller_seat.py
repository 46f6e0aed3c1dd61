"""A place named only as the seat of the body that tells the news: where the teller sits.

Unseen writers give a count with its teller: "Afar regional police say six drivers were killed",
"two smugglers were shot dead, police in Berekum said", "..., according to the Brazilian
consulate in Paramaribo". The place in these words says which police, consulate or council
spoke (often a provincial seat, a capital or a dateline town far from the scene), never where
the deaths were: an incident put there carries its toll to the wrong place. Three forms:

- the seat before the body, then its verb of saying ("X regional police say", "the X district
  council said");
- a body that speaks from afar before the seat, then the verb ("the consulate in X said");
- "according to" such a body in or of the seat ("according to the consulate in X").

Local police or gendarmes told before their town ("police in X said three people were killed near the
border") are left to the other readings: they mostly tell of their own town, where they act.

The speaking nouns here are the bodies ``cues.is_speaker_place`` does not already take
("officials in X", "the governor of X" are its own); residents or witnesses of a place are not
bodies (their homes may be the scene).
"""

from __future__ import annotations

import re

__all__ = ["is_teller_seat"]

#: bodies that speak for a place (police and courts, missions abroad, local assemblies, commands)
_BODY = (r"(?:police|policemen|gendarmes?|gendarmerie|prosecutors?|prosecution|consulates?|consul|embassy"
         r"|councils?|assembly|prefecture|directorate|command|authorities|administration|government|office)")
#: an adjective of the unit or the kind the body is ("regional police", "the district council")
_UNIT_WORD = (r"(?:(?:provincial|district|regional|municipal|county|state|city|town|local|border|federal|national"
              r"|military|traffic|general|honorary)\s+){0,2}")
#: a verb of telling, with an optional auxiliary ("has said", "also told")
_SAYS = (r"(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+)?(?:said|says|say|told|tells|reported|reports|announced"
         r"|confirmed|confirms|added|stated)\b")
#: the rest of the seat's name (up to two more words), then what follows it
_NAME_REST = r"[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"

#: "X regional police say", "X District Council said" (what comes after the seat's name)
_SEAT_THEN_BODY = re.compile(_NAME_REST + r"\s+" + _UNIT_WORD + _BODY + r"\s+" + _SAYS, re.I)
#: bodies told before their seat that speak from afar (not local police or gendarmes: "police in X said
#: three people were killed near the border" mostly tells of their own town, where they act)
_FAR_BODY = (r"(?:prosecutors?|prosecution|consulates?|consul|embassy|councils?|assembly|prefecture|directorate|command"
             r"|authorities|administration|government|office)")
#: "the council in X said" (what comes before the seat's name; the verb is asked after)
_BODY_IN = re.compile(r"\b" + _UNIT_WORD + _FAR_BODY + r"\s+(?:in|at|of|from)\s+(?:the\s+)?$", re.I)
_THEN_SAYS = re.compile(_NAME_REST + r"(?:\s+(?:on|late|early|last)\s+\w+)?\s+" + _SAYS
                        # (not "police in X said they had detained 40 miners": the body acted, where it sits)
                        + r"(?!(?:\s+(?:on|late|early|last)\s+\w+)?\s+(?:that\s+)?(?:they|it|its\s+\w+|their\s+\w+|officers|agents)"
                        r"\s+(?:had\s+|have\s+|has\s+)?\w+ed\b)",
                        re.I)
#: "according to the Brazilian consulate in X", "according to the prosecutor's office in X"
_ACCORDING_TO_BODY = re.compile(
    r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?" + _FAR_BODY + r"\s+(?:in|at|of|from)\s+(?:the\s+)?$",
    re.I)


def is_teller_seat(sentence: str, start: int) -> bool:
    """Whether the name at ``start`` only says where the body telling the news sits ("X regional
    police say", "police in X said", "according to the consulate in X")."""
    if _SEAT_THEN_BODY.match(sentence, start):
        return True
    before = sentence[max(0, start - 80):start]
    if _ACCORDING_TO_BODY.search(before):
        return True
    return bool(_BODY_IN.search(before)) and bool(_THEN_SAYS.match(sentence, start))
