"""A meeting of people at their trade is no agreement: "farmers met to discuss the price of cattle",
"traders met in X on Monday to plan the new market".

ACLED's agreements are between the parties of a conflict (states, armed groups, their delegations);
a meeting of farmers, traders or hauliers about their business tells no event. What decides is
who met: the group named just before "met", with no official or delegate among them, and a sentence
that tells no conflict they met to settle ("farmers and herders met to agree a truce" is an agreement).
"""

from __future__ import annotations

import re

__all__ = ["met_at_their_trade"]

#: people at their trade, named just before "met" ("local farmers", "cattle traders", "the hauliers")
_TRADE_GROUP = re.compile(
    r"\b(?:farmers|traders|merchants|businessmen|businesspeople|shopkeepers|hauliers|truckers|lorry\s+drivers"
    r"|fishermen|ranchers|growers|producers|exporters|importers|miners|students|teachers|parents"
    r"|church\s+leaders|congregations?|clubs?|cooperatives?)\s+(?:(?:had|have|also|then|later|again)\s+)?$", re.I)


#: a conflict the meeting was about: then whoever met, they met as its parties
_CONFLICT = re.compile(r"\b(?:peace|truce|cease-?fire|reconcil\w*|disputes?|conflicts?|clash\w*|violence|fighting"
                       r"|accords?|agreements?|deal|compensation|killings?|attacks?)\b", re.I)


def met_at_their_trade(sentence: str, start: int) -> bool:
    """Whether the "met" at ``start`` is told of people at their trade (no conflict party)."""
    return bool(_TRADE_GROUP.search(sentence, max(0, start - 60), start)) and not _CONFLICT.search(sentence)
