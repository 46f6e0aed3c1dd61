"""Second groups of a displacement sentence told with where they came from and no noun.

Aid-agency updates put two groups in one sentence: "1,600 people fled A for B, while 900 from
C (D) crossed into E". The second group leaves out its noun and names its origin before its
verb, so neither the counts with a noun nor ``displacement_counts``' elliptic groups (", while
1,100 moved from Y") read its figure. Only a group after one with a figure is read this way
(``elliptic_count``'s caller), so a lone "while 900 from X" of other things is not.
"""

from __future__ import annotations

import re

from geomap.text.count_words import NUM

__all__ = ["ORIGIN_THEN_VERB", "SHARE_OF_GROUP", "ONWARD_AFTER_CAUSE"]

#: ", while 900 from Léo (Centre-Ouest) crossed into the Upper West region", "whereas 850 from
#: Kalemie in Tanganyika province reached Kasanga", "; 3,000 others from X crossed into Y": the
#: figure, its origin, then a movement verb
ORIGIN_THEN_VERB = re.compile(
    r"^\W*(?:(?:while|whereas|and)\s+)?(?:another\s+|a\s+further\s+)?" + NUM
    + r"(?:\s+(?:others|more))?\s+(?:from|of)\s+(?-i:[A-Z])[^,;]{0,60}?\s+(?:(?:have|has|had|were)\s+(?:been\s+)?)?"
    r"(?:moved|fled|left|went|crossed|relocated|evacuated|escaped|headed|reached|arrived|entered)\b", re.I)


#: "; 2,900 of them are in accommodation centres in X", "; 5,400 of them from A moved to B": a
#: share of the group counted before, told with a figure and where it went or is
SHARE_OF_GROUP = re.compile(
    r"^\W*" + NUM + r"\s+of\s+(?:them|those|whom)(?:\s+(?:from|in)\s+(?-i:[A-Z])[^,;]{0,60}?)?"
    r"\s+(?:(?:have|has|had|were|are|was)\s+(?:been\s+)?(?:now\s+|currently\s+|still\s+)?)?"
    r"(?:moved|fled|went|crossed|relocated|evacuated|headed|reached|arrived|entered|staying|sheltering|living|in|at)\b", re.I)


#: "fled X after an attack by armed groups, moving to Y": a cause clause the same people's
#: onward movement closes, so the clause is no group of its own (a lookahead after "after"; a
#: clause that names a place, "after fighting spread from X", stays apart: X is no place they left)
ONWARD_AFTER_CAUSE = r"(?!(?:(?<=after\s)|(?<=following\s)|(?<=amid\s))(?:(?!(?-i:[A-Z]))[^,;.]){0,80},\s+(?:moving|heading|making\s+their\s+way|travell?ing)\s+(?:on\s+)?(?:to|for|towards)\s)"
