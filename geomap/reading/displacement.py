"""Areas people fled from, as admin-1 polygons.

``named_areas``: admin-1 units and towns (as their admin-1) named in a displacement sentence;
when it names none, those of the adjacent sentence of the same paragraph. ``frontier_areas``:
when the text names no area, the admin-1 units along the border at issue, both sides.
``displacement_features`` puts them together, one feature per unit.
"""

from __future__ import annotations

import re

from geomap.reading.placement import Frontier, same_paragraph
from geomap.reading.resolve import Place
from geomap.text import cues
from geomap.text.quantities import displaced_from_text, is_displacement_sentence
from geomap.text.sentences import Sentence

__all__ = ["area_of_place", "named_areas", "frontier_areas", "displacement_features"]

_AREA_TYPES = ("admin1", "admin2", "city", "landmark")
# "evacuated ... to X", "many of them to hotels in X", "fled to the city of X", "fled into
# Bangladesh near Teknaf": where people went.
# Camps and shelters named as such stay areas of the displaced (they are where the displaced are).
_WENT_TO = re.compile(
    r"(?:\b(?:fled|flee(?:ing|s)?|evacuated|moved|relocated|taken|bused|bussed|transferred|sent)\b[^.;]{0,80}?"
    r"|\b(?:many|most|some|all|thousands|hundreds)\s+of\s+them\s+)"
    r"\b(?:to|into)\s+(?:the\s+)?(?:(?:city|town|capital|hotels?|relatives?|homes?|safer\s+ground|safety"
    r"|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:of|in|around|near|at)\s+)?(?:the\s+)?$", re.I)
# "..., most of them to camps around Adré in Chad's Ouaddaï province": the rest of the clause
# says where they went, camps included
_THEM_WENT_TO = re.compile(r"\b(?:many|most|some|all|thousands|hundreds|half)\s+of\s+them\s+(?:to|into)\b[^.;]*$",
                           re.I)


def area_of_place(place: Place, borders) -> tuple[str, str] | None:
    """(admin-1 name, ISO3) of a named area or town, in the boundary data's spelling."""
    e = place.entry
    if e.place_type not in _AREA_TYPES or place.government and e.place_type != "admin1":
        return None
    if e.place_type == "admin1":
        got = borders.admin1_area(e.admin1 or e.name, e.iso3)
        if got:
            return got[0], got[1]
    iso3, admin1 = borders.locate(e.lon, e.lat)
    if admin1 is None and e.admin1:
        got = borders.admin1_area(e.admin1, e.iso3)
        return (got[0], got[1]) if got else None
    return (admin1, iso3) if admin1 else None


def _areas_in(sentence: Sentence, places: list[Place], borders) -> list[tuple[str, str]]:
    """Areas people left, named in one sentence; where they went ("evacuated ... to hotels in
    X", "fled to Mitrovica") is not one (camps and shelters named as such still are)."""
    origins, destinations = [], []
    for p in places:
        a, b = p.mention.start - sentence.start, p.mention.end - sentence.start
        if p.role == "dateline":  # where the report was filed
            continue
        if cues.is_speaker_place(sentence.text, a) or cues.is_mediator_context(sentence.text, a, b):
            continue
        area = area_of_place(p, borders)
        before = sentence.text[max(0, a - 120):a]
        bucket = destinations if _WENT_TO.search(before) or _THEM_WENT_TO.search(before) else origins
        if area and area not in bucket:
            bucket.append(area)
    return origins  # where people went ("fled to Mitrovica") is never where they fled from


def named_areas(text: str, sentences: list[Sentence], index: int,
                places_by_sentence: dict[int, list[Place]], borders) -> list[tuple[str, str]]:
    """Areas named in displacement sentence ``index``, else in an adjacent sentence of its paragraph."""
    own = _areas_in(sentences[index], places_by_sentence.get(index, []), borders)
    if own:
        return own
    for j in (index - 1, index + 1):
        if 0 <= j < len(sentences):
            first, second = sorted((sentences[j], sentences[index]), key=lambda s: s.start)
            if same_paragraph(text, first, second):
                got = _areas_in(sentences[j], places_by_sentence.get(j, []), borders)
                if got:
                    return got
    return []


def frontier_areas(frontier: Frontier, borders) -> list[tuple[str, str]]:
    """The admin-1 units touching the frontier, on both sides."""
    return [(name, iso3) for name, iso3, _side in borders.admin1_along(frontier.iso3_a, frontier.iso3_b)]


def displacement_features(text: str, sentences: list[Sentence], places_by_sentence: dict[int, list[Place]],
                          frontier: Frontier | None, borders) -> list[dict]:
    """SPEC `displacement` features: one per admin-1 unit, first report first."""
    feats: dict[tuple[str, str], dict] = {}
    for i, s in enumerate(sentences):
        if not is_displacement_sentence(s.text):
            continue
        count = displaced_from_text(s.text)
        areas = named_areas(text, sentences, i, places_by_sentence, borders)
        basis = "named"
        if not areas and frontier is not None:
            areas, basis = frontier_areas(frontier, borders), "frontier"
        if not areas:
            continue
        for name, iso3 in areas:
            got = borders.admin1_area(name, iso3)
            if got is None:
                continue
            key = (got[0], got[1])
            if key in feats:
                props = feats[key]["properties"]
                if props["displaced"] is None and count and count.value is not None and basis == "named":
                    props.update(displaced=count.value, displaced_text=count.text, source_sentence=s.text)
                continue
            props = {
                "layer": "displacement", "name": got[0], "admin1": got[0], "iso3": got[1],
                "displaced": count.value if count else None, "displaced_text": count.text if count else None,
                "source_sentence": s.text, "sentence_start": s.start, "area_basis": basis,
            }
            if basis == "frontier" or len(areas) > 1:
                props["displaced_scope"] = "total for all areas"
            feats[key] = {"type": "Feature", "geometry": got[2], "properties": props}
    return list(feats.values())
