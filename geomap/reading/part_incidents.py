"""The counts of incidents told as the parts of a total (geomap.text.part_events): "at least 11
people have been killed, including five in an attack on X and three near Y" gives X five dead and
Y three, and the total (11, over several events) to neither. Run on a sentence's incidents before
they are merged by place and day."""

from __future__ import annotations

from geomap.text.part_events import part_spans

__all__ = ["give_part_counts"]


def give_part_counts(incidents: list[dict]) -> None:
    """Put each part's own count on the incident placed in that part's words, in place."""
    by_sentence: dict[str, list[dict]] = {}
    for f in incidents:
        by_sentence.setdefault(f["properties"]["source_sentence"], []).append(f)
    for sentence, feats in by_sentence.items():
        spans = part_spans(sentence)
        if not spans:
            continue
        for f in feats:
            p = f["properties"]
            at = p.get("mention_start")
            part = next((sp for sp in spans if at is not None and sp[0] <= at < sp[1]), None)
            if part is not None and part[2]:
                words = sentence[part[0]:part[1]].split()[0]
                p.update(fatalities=part[2], fatalities_text=words)
                p.pop("fatalities_basis", None)
            elif p.get("fatalities"):  # the total, or a count no part gives: several events' deaths
                p.update(fatalities=None, fatalities_basis="a total of several events told as its parts")
