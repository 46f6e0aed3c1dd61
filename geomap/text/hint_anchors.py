"""Where a bare name hinted as a place lies, from the words right after it: "at X, 12 km from
Y", "X, 30 kilometres north of Y", "X (Y district)".

Aid-agency updates and wire reports place a village the gazetteer lacks by a distance from a
town it holds, or by the district in brackets. Without these the village is put by whatever
place its sentence names nearest (a river, a region across the frontier); with them, at Y.
Pure text, like ``place_hints``.
"""
from __future__ import annotations

from geomap.text.lexicon import DIRECTIONS, DISTANCE_UNITS, NEVER_PLACES
from geomap.text.tokens import Token

__all__ = ["anchor_after"]

#: unit words that may close a bracket after a name: "X (Y district)", "X (Y province)"
_BRACKET_UNITS = frozenset("district province region county department prefecture governorate municipality "
                           "sub-county subcounty woreda state".split())


def _cap(t: Token) -> bool:
    return t.is_cap and t.text.lower() not in NEVER_PLACES


def anchor_after(text: str, toks: list[Token], e: int) -> tuple[str, int] | None:
    """("near", offset of Y) for "X, 12 km from Y" / "X, 12 km south of Y"; ("in", offset of Y)
    for "X (Y district)", for the name ending at token e; else None."""
    n = len(toks)
    k = e + 1
    if k + 3 < n and text[toks[e].end:toks[k].start] == ", " and toks[k].text.isdigit():
        m = k + 1
        if toks[m].text.lower() not in DISTANCE_UNITS:
            return None
        m += 1
        if m + 1 < n and toks[m].text.lower() in DIRECTIONS and toks[m + 1].text == "of":
            m += 2  # "12 km south of Y"
        elif toks[m].text == "from":
            m += 1
        else:
            return None
        if m < n and toks[m].text.lower() == "the":
            m += 1
        return ("near", toks[m].start) if m < n and _cap(toks[m]) else None
    if k + 1 < n and text[toks[e].end:toks[k].start] == " (" and _cap(toks[k]):
        m = k
        while m + 1 < n and _cap(toks[m + 1]) and m - k < 2 and text[toks[m].end:toks[m + 1].start] == " ":
            m += 1
        if m + 1 < n and toks[m + 1].text.lower() in _BRACKET_UNITS and text[toks[m + 1].end:toks[m + 1].end + 1] == ")":
            return "in", toks[k].start
    return None
