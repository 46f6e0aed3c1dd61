"""Names listed with their figures in an aid update: "Navrongo (610); Zebilla (390); Bolgatanga
reception centre (480)", "- Ban Nai Soi: 1,150". Each member of such a list is a locality of the
same kind, so one member read as a place makes the others places near it (the reading step keeps
only rare names, as for any hint).

Pure text: the members, grouped by the paragraph (or run of bullet lines) they stand in.
"""
from __future__ import annotations

import re

__all__ = ["figure_list_members"]

_NAME = r"[A-Z][\w’'-]*(?:[ \u00a0][A-Z][\w’'-]*){0,2}"
#: a lowercase kind word after the name ("Bolgatanga reception centre (480)", "Mae Sariang district: 900")
_KIND = (r"(?:[ \u00a0](?:district|camp|site|town|village|centre|center"
         r"|reception[ \u00a0]centre|transit[ \u00a0]centre))?")
#: a member: where a list item starts (a line, a bullet, or a semicolon before), the name, its figure
_MEMBER = re.compile(rf"(?:^|(?<=[\n;•])|(?<=\.[ \u00a0]))[ \t\u00a0]*(?:[-•*–][ \t\u00a0]*)?"
                     rf"(?P<name>{_NAME}){_KIND}"
                     r"(?:[ \u00a0]\(\d[\d,.]*\)|:[ \u00a0]*\d[\d,.]*(?![\d,.]*[ \u00a0]*(?:am|pm|h)\b))")

#: a member's figure, looked for first
_FIGURE = re.compile(r"\(\d|:[ \u00a0]*\d")


def figure_list_members(text: str) -> list[list[tuple[int, int]]]:
    """(start, end) of each listed name, in groups of two or more (one group per paragraph)."""
    if not _FIGURE.search(text):  # (one quick scan: most texts list no figures)
        return []
    groups: dict[int, list[tuple[int, int]]] = {}
    for m in _MEMBER.finditer(text):
        para = text.rfind("\n\n", 0, m.start("name"))
        groups.setdefault(para, []).append(m.span("name"))
    return [g for g in groups.values() if len(g) >= 2]
