"""A place's second name given after it: "Erenhot, which Chinese maps call Erlian", "the
Neman, which Lithuanians call the Nemunas", "Kapıkule, known locally as X".

The second name is the same place under the name other people or maps use; the gazetteer often
lacks it, and no cue word types it. It becomes a weak cue told near the first name (the reading
step keeps it only when it is a rare name, and puts it at the first name's point). Pure text.
"""
from __future__ import annotations

import re

from geomap.text.place_cues import PlaceCue
from geomap.text.sentences import Sentence

__all__ = ["alias_cues", "bracketed_alias_cues"]

_NAME = r"(?-i:[A-Z][\w'’-]*)"
#: "X, which Chinese maps call Y", "X, which locals call Y", "X (called Y by ...)", "X, known locally as Y"
_ALIAS = re.compile(
    rf"(?P<first>{_NAME}(?:[ -]{_NAME}){{0,2}}),?\s+\(?(?:which|that|what)\s+(?:[\w’']+\s+){{1,3}}?"
    rf"(?:call|calls|name|names|know\s+as)\s+(?:it\s+)?(?:the\s+)?(?P<second>{_NAME}(?:[ -]{_NAME}){{0,2}})", re.I)


def alias_cues(text: str, sentences: list[Sentence]) -> list[PlaceCue]:
    """Weak cues for the second names that "which ... call Y" gives a named place."""
    out = []
    for si, s in enumerate(sentences):
        if "call" not in s.text and " name" not in s.text and "know as" not in s.text:
            continue
        for m in _ALIAS.finditer(text, s.start, s.end):
            a, b = m.span("second")
            out.append(PlaceCue(text[a:b], a, b, b, "place", "city", si, m.start("first"), "near", weak=True))
    return out


#: "Liozna (Lyozna)", "Nădlac (Nagylak on the Hungarian side)", "the Shehyni crossing (Szeginie to
#: Poles)", "Qustul (Ashkeit)": the other name in brackets right after a place's name, alone or
#: with who uses it; the second name has lowercase letters (no acronym: "(AP)", "(IS)")
_BRACKETED = re.compile(
    rf"(?P<first>(?!The\b){_NAME}(?:[ -]{_NAME}){{0,2}})"
    r"(?:[ \u00a0](?:crossing|checkpoint|post|bridge|river|district|region))?"
    rf"[ \u00a0]\((?P<second>{_NAME}(?:[ -]{_NAME}){{0,2}})(?:\)|[ \u00a0](?:in|on|to|for|by)[ \u00a0][^()]{{1,40}}\))")


def bracketed_alias_cues(text: str, sentences: list[Sentence]) -> list[PlaceCue]:
    """Weak cues for a second name given in brackets after a first ("Liozna (Lyozna)"), anchored at
    the first: the reading step keeps one only where the first is a place it read."""
    out = []
    for si, s in enumerate(sentences):
        if "(" not in s.text:
            continue
        for m in _BRACKETED.finditer(text, s.start, s.end):
            a, b = m.span("second")
            if text[a:b].isupper():
                continue
            out.append(PlaceCue(text[a:b], a, b, b, "place", "city", si, m.start("first"), "near", weak=True))
    return out
