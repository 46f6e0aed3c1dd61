"""The popup data of a fused event: every source with its sentence, the date range, the tolls
each source gave, and whether ACLED has the event (all escaped: article text is untrusted)."""
from __future__ import annotations

from typing import Any

from geomap.render.escape import escape_text, highlight_words
from geomap.render.style import radius_for_reports

__all__ = ["is_fused", "fused_props"]

#: Sources listed in a popup at most (the rest are counted); a long popup scrolls.
MAX_SOURCES = 25


def is_fused(props: dict) -> bool:
    """Does the incident come from :func:`geomap.fusion.fuse` (it lists its sources)?"""
    return isinstance(props.get("sources"), list) and props.get("report_count") is not None


def _figure(v: Any) -> str:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or v != v:
        return ""
    return str(int(v))


def fused_props(props: dict) -> dict:
    """Compact keys geomap.js reads for a fused event (added to :func:`incident_props`'s).

    ``rc`` reports (documents), ``r`` the symbol radius by reports, ``ds``/``de`` the date
    range, ``fr`` every toll reported, ``ia`` in ACLED (1/0) with ``aid`` its ACLED ids, and
    ``ss``: one ``{t, o, d, q, f, a}`` per source (title, outlet, publication date, the
    sentence with the place marked, its toll, its ACLED id).
    """
    out: dict[str, Any] = {}
    try:
        rc = int(props.get("report_count") or 1)
    except (TypeError, ValueError):
        rc = 1
    out["rc"] = rc
    out["r"] = round(radius_for_reports(rc), 1)
    for key, short in (("date_start", "ds"), ("date_end", "de")):
        if isinstance(props.get(key), str):
            out[short] = escape_text(props[key])
    reported = [_figure(v) for v in props.get("fatalities_reported") or []]
    if len(reported) > 1:
        out["fr"] = ", ".join(v for v in reported if v)
    out["ia"] = 1 if props.get("in_acled") is True else 0
    ids = props.get("acled_event_ids") or []
    if isinstance(ids, list) and ids:
        out["aid"] = escape_text(", ".join(str(i) for i in ids))
    sources = []
    for s in props["sources"][:MAX_SOURCES]:
        if not isinstance(s, dict):
            continue
        item: dict[str, Any] = {}
        for key, short in (("title", "t"), ("outlet", "o"), ("date", "d")):
            if s.get(key) not in (None, ""):
                item[short] = escape_text(s[key])
        if item.get("o") and item.get("o") == item.get("t"):
            del item["o"]
        q = highlight_words(s.get("sentence"), s.get("location"))
        if q:
            item["q"] = q
        f = _figure(s.get("fatalities"))
        if f:
            item["f"] = f
        if s.get("acled_event_id"):
            item["a"] = escape_text(s["acled_event_id"])
        sources.append(item)
    out["ss"] = sources
    if len(props["sources"]) > MAX_SOURCES:
        out["more"] = len(props["sources"]) - MAX_SOURCES
    return out
