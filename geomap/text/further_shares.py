"""A second share of the people just counted, told in the next clause with a bare number:
"About 5,400 of them are staying with host families in X; 2,700 have settled near Y". The
"of them" is left out of the second clause, but it is the same kind of count: its own figure
for where that share now is (its place is a 'to' area). A clause that tells nothing of where
people stay or went on to ("; 2,700 were children") is no share of this kind.
"""

from __future__ import annotations

import re

from geomap.text.quantities import Count

__all__ = ["further_share"]

_FURTHER_SHARE = re.compile(
    r"^\W*(?:and\s+|while\s+|whereas\s+)?(?:(?:about|some|around|nearly|almost|roughly|approximately|over|more\s+than"
    r"|another|a\s+further)\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:more|others)\s+)?(?:have|has|had|are|were)\s+"
    r"(?:(?:now|since|already|reportedly)\s+)?(?:settled|staying|sheltering|living|sleeping|housed|sheltered|hosted"
    r"|accommodated|gone\s+on|moved\s+on|continued|travell?ed\s+on)\b", re.I)


def further_share(clause: str) -> Count | None:
    """The figure of a clause that goes on from a counted share ("; 1,200 have settled in Y"),
    else None."""
    m = _FURTHER_SHARE.match(clause)
    if m is None:
        return None
    return Count(int(m.group(1).replace(",", "")), m.group(0), m.start(1), m.end(1))
