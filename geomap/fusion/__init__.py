"""Event fusion: many reports of one conflict become one event each (many reports, one picture).

An analyst's corpus tells most events several times: a wire story, two local papers and a
ministry statement describe the same shelling with other words, spellings, dates and tolls;
an ACLED export may hold it too. :func:`fuse` turns the SPEC layers of many documents into

- one ``incident`` feature per **event** (:mod:`geomap.fusion.events`), with every source
  kept (``sources``, ``report_count``, ``date_start``/``date_end``), the toll by ACLED's rule
  (the lowest figure; all in ``fatalities_reported``) and ``in_acled`` (an ACLED row is among
  its sources);
- one ``displacement`` feature per area and direction, the latest figure winning, the history
  kept (:mod:`geomap.fusion.layers`);
- one ``frontier`` feature per pair of countries.

Two incidents may be one event when (:mod:`geomap.fusion.rules`) they come from different
documents (or one document tells one event twice), have the same ACLED ``event_type`` (a
sub-type may refine the other), dates that overlap given their time precision, and places
close enough for their precision. :mod:`geomap.fusion.clustering` groups them with a spatial
and temporal index (no pass compares all pairs). The thresholds are in :mod:`geomap.settings`
("Event fusion").
"""
from __future__ import annotations

from geomap.fusion.clustering import event_clusters
from geomap.fusion.events import fuse_incidents
from geomap.fusion.layers import fuse_displacement, fuse_frontiers
from geomap.fusion.rules import compatible, incident_records, told_twice

__all__ = ["fuse", "fuse_incidents", "fuse_displacement", "fuse_frontiers", "event_clusters", "compatible",
           "told_twice", "incident_records"]


def fuse(inputs, *, title: str | None = None) -> dict:
    """Fuse many documents into one FeatureCollection: events, displacement, frontiers.

    Parameters
    ----------
    inputs : dict or list of dict
        SPEC FeatureCollections (one per document, with its ``id``, ``title``,
        ``published``, ``source``; an ACLED export read by :func:`geomap.read_acled` is
        one), or features whose properties name their ``document``.
    title : str, optional
        The fused collection's title.

    Returns
    -------
    dict
        A FeatureCollection: ``incident`` features fused into events
        (:func:`fuse_incidents`), ``displacement`` features one per area and direction
        (:func:`fuse_displacement`), ``frontier`` features one per pair of countries. Place
        mentions are not carried over. ``fused_from`` counts the documents.
    """
    if isinstance(inputs, dict):
        inputs = [inputs]
    inputs = list(inputs)
    features = fuse_incidents(inputs) + fuse_displacement(inputs) + fuse_frontiers(inputs)
    out = {"type": "FeatureCollection"}
    if title:
        out["title"] = title
    out["fused_from"] = sum(1 for x in inputs if isinstance(x, dict) and x.get("type") == "FeatureCollection")
    out["features"] = features
    return out
