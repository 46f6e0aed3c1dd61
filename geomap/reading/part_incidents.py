"""Counts of the incidents read from how their deaths were told (issue 12, session 17).

- Parts of a total (geomap.text.part_events): "at least 11 people have been killed, including
  five in an attack on X and three near Y" gives X five dead and Y three, and the total (11, over
  several events) to neither.
- Deaths of armed men told alone (geomap.reading.deaths_told): the count is the incident's own.

Both tell a count at a place named in the same words; when that place's point is only a guess (a
name the gazetteer lacks, put at a neighbour's or its province's point, or the frontier line),
the count stays as words: a number at a guessed point is a wrong number on the map.
Run on the incidents before they are merged by place and day.
"""

from __future__ import annotations

from geomap.reading.deaths_told import told_alone
from geomap.text.part_events import part_spans

__all__ = ["give_part_counts"]

_GUESS = "the deaths' place is known only by a guess at its point"


def _sure(p: dict) -> bool:
    return p.get("placement") == "place"


def give_part_counts(incidents: list[dict]) -> None:
    """Put each part's own count on the incident placed in that part's words, in place."""
    by_sentence: dict[str, list[dict]] = {}
    for f in incidents:
        by_sentence.setdefault(f["properties"]["source_sentence"], []).append(f)
        p = f["properties"]
        if p.get("fatalities") and told_alone(p["trigger"]) and not _sure(p):
            p.update(fatalities=None, fatalities_basis=f"not this incident's: {_GUESS}")
    for sentence, feats in by_sentence.items():
        spans = part_spans(sentence)
        if not spans:
            continue
        for f in feats:
            p = f["properties"]
            at = p.get("mention_start")
            part = next((sp for sp in spans if at is not None and sp[0] <= at < sp[1]), None)
            if part is not None and part[2] and _sure(p):
                p.update(fatalities=part[2], fatalities_text=sentence[part[0]:part[1]].split()[0])
                p.pop("fatalities_basis", None)
            elif part is not None and part[2]:
                p.update(fatalities=None, fatalities_text=sentence[part[0]:part[1]].split()[0],
                         fatalities_basis=f"not this incident's: {_GUESS}")
            elif p.get("fatalities"):  # the total, or a count no part gives: several events' deaths
                p.update(fatalities=None, fatalities_basis="not this incident's: a total of several events told as its parts")
