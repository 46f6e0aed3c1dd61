"""One fused ``incident`` feature per event: its place, date, toll (ACLED's rule) and sources.

The place is the most precise one (the name most of those sources use), the date the one
most documents give at the best time precision, the toll the lowest figure any source gives
(ACLED's most conservative reading; every figure stays in ``fatalities_reported``). An event
with an ACLED row among its sources says so (``in_acled``).
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from geomap import settings
from geomap.fusion.clustering import event_clusters
from geomap.fusion.rules import KIND_RANK, Record, incident_records

__all__ = ["fuse_incidents", "event_feature"]


def _most_common(values: list, default=None):
    values = [v for v in values if v not in (None, "")]
    if not values:
        return default
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def _iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day is not None else None


#: Properties tied to one article's text (offsets, how one sentence was read): dropped from
#: a fused event, whose ``sources`` keep each article's sentence instead.
SINGLE_SOURCE_PROPERTIES = ("document", "mention_start", "mention_end", "sentence_start", "sentence_index",
                            "trigger", "date_basis", "fatalities_basis", "fatalities_sentence")


def _figure(value) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return None
    return int(value)


def event_feature(records: list[Record]) -> dict:
    """One fused ``incident`` feature from the records of one event.

    Its place is the most precise one (the name most of those sources use), its date the
    one most documents give at the best time precision (the earliest on a tie), its toll
    the lowest figure (ACLED's most conservative reading).
    """
    rep = min(records, key=lambda r: (r.precision, KIND_RANK[r.kind], r.tp or 9, r.index))
    same_place = [r for r in records if (r.precision, r.kind) == (rep.precision, rep.kind)]
    name = _most_common([r.location for r in same_place])
    rep = next((r for r in same_place if r.location == name), rep)
    props = {k: v for k, v in (rep.feature.get("properties") or {}).items() if k not in SINGLE_SOURCE_PROPERTIES}
    dated = [r for r in records if r.day is not None]
    best_tp = min((r.tp or 9 for r in dated), default=None)
    day = None
    if dated:
        counts = Counter(d for d, _doc in {(r.day, r.doc) for r in dated if (r.tp or 9) == best_tp})
        day = max(counts, key=lambda d: (counts[d], -d))
    day_rec = next((r for r in dated if r.day == day and (r.tp or 9) == best_tp), None)
    figures = [(_figure(r.feature["properties"].get("fatalities")), r) for r in records]
    figures = [(v, r) for v, r in figures if v is not None]
    low = min(figures, key=lambda t: (t[0], t[1].index)) if figures else None
    reported = []
    for v, r in figures:  # one document telling one figure twice counts it once
        if (r.doc, v) not in reported:
            reported.append((r.doc, v))
    subs = [r.sub for r in records if r.sub]
    refined = [s for s in subs if any(s in finer for finer in settings.FUSION_SUBTYPE_REFINEMENTS.values())]
    sources = []
    for r in sorted(records, key=lambda r: (r.published or 0, str(r.doc), r.index)):
        p = r.feature.get("properties") or {}
        src = {"document": r.doc, "title": r.title, "outlet": r.outlet, "date": _iso(r.published),
               "incident": r.position, "sentence": p.get("source_sentence"), "event_date": p.get("date"),
               "location": p.get("location"), "fatalities": p.get("fatalities"),
               "fatalities_text": p.get("fatalities_text")}
        if r.acled_id:
            src["acled_event_id"] = r.acled_id
        sources.append(src)
    acled_ids = sorted({r.acled_id for r in records if r.acled_id})
    outlets = list(dict.fromkeys(o.strip() for r in records for o in str(r.outlet or "").split(";") if o.strip()))
    props.update({
        "layer": "incident",
        "event_type": rep.etype,
        "sub_event_type": _most_common(refined) or _most_common(subs),
        "date": _iso(day),
        "date_text": (day_rec.feature["properties"].get("date_text") if day_rec else None),
        "time_precision": best_tp if day is not None else None,
        "date_start": _iso(min((r.day for r in dated), default=None)),
        "date_end": _iso(max((r.day for r in dated), default=None)),
        "fatalities": low[0] if low else None,
        "fatalities_text": low[1].feature["properties"].get("fatalities_text") if low else None,
        "fatalities_reported": [v for _doc, v in reported],
        "location": rep.location,
        "actor1": _most_common([r.feature["properties"].get("actor1") for r in records]),
        "actor2": _most_common([r.feature["properties"].get("actor2") for r in records]),
        "report_count": len({r.doc for r in records}),
        "sources": sources,
        # ACLED's source column: every outlet, "; "-joined as ACLED does
        "source": "; ".join(outlets) or None,
        "in_acled": bool(acled_ids) or any(r.feature["properties"].get("in_acled") is True for r in records),
        "acled_event_ids": acled_ids,
        # the ACLED event's own id when ACLED has it (written in the CSV's event_id_cnty)
        "event_id_cnty": acled_ids[0] if acled_ids else None,
    })
    return {"type": "Feature", "geometry": rep.feature["geometry"], "properties": props}


def fuse_incidents(inputs) -> list[dict]:
    """Fused ``incident`` features (one per event) from features or FeatureCollections.

    Parameters
    ----------
    inputs : dict or list of dict
        SPEC FeatureCollections (each with its document's ``id``, ``title``, ``published``),
        or incident features whose properties carry ``document``, ``title`` and
        ``published``, or a list mixing both. Features of other layers are ignored.

    Returns
    -------
    list of dict
        GeoJSON features, sorted by date and place; each has the SPEC incident properties
        of its most precisely placed source, plus ``event_id``, ``date_start``,
        ``date_end``, ``fatalities_reported``, ``report_count`` and ``sources`` (one
        ``{"document", "title", "date", "sentence", "incident", ...}`` per incident fused;
        ``date`` is the report's publication date, ``incident`` the position of the incident
        among the incident features of ``inputs``).
    """
    records = incident_records(inputs)
    events = [event_feature([records[i] for i in group]) for group in event_clusters(records)]
    events.sort(key=lambda f: (f["properties"]["date_start"] or "9999", f["properties"]["location"] or "",
                               f["properties"]["event_type"] or ""))
    for n, f in enumerate(events, 1):
        f["properties"]["event_id"] = f"E{n:05d}"
    return events

