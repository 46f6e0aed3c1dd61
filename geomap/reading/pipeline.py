"""One article in, SPEC GeoJSON out: the steps wired together, each replaceable.

text -> sentences -> mentions -> candidates -> places -> events (incidents, displacement,
frontier). Input/output stays at the edges (``extract_file``); ``extract_text`` is a
function of its arguments. The gazetteer, boundaries and geocoder a caller gives travel to
every step in one ``ReadingContext``.
"""
from __future__ import annotations

import logging
from datetime import date

from geomap.gazetteer import Gazetteer
from geomap.pattern_cache import close_window
from geomap.io.articles import Article, article_from_text, read_article
from geomap.reading.aliases import with_aliases
from geomap.reading.bay_towns import with_bay_towns
from geomap.reading.border_twins import with_border_twins
from geomap.reading.bridge_names import with_bridge_names
from geomap.reading.common_names import with_common_word_towns
from geomap.reading.context import ReadingContext, reading_context
from geomap.reading.country_acronyms import acronyms_in_capitals
from geomap.reading.country_cities import with_country_cities
from geomap.reading.country_rivers import with_country_rivers
from geomap.reading.crossing_namesakes import with_crossing_namesakes
from geomap.reading.far_border_towns import with_far_border_towns
from geomap.reading.story_crossings import with_story_crossing_namesakes
from geomap.reading.crossing_pairs import with_crossing_pairs
from geomap.reading.definite_names import without_far_definite_towns
from geomap.reading.definite_countries import without_definite_countries
from geomap.reading.definite_rivers import with_definite_rivers
from geomap.reading.lone_strangers import without_lone_strangers
from geomap.reading.mentions import mentions_from_text
from geomap.reading.named_for_unit import with_valleys_named_for_units
from geomap.reading.province_spellings import with_province_spellings
from geomap.reading.region_sides import with_region_sides
from geomap.reading.near_namesakes import with_near_namesakes
from geomap.reading.other_names import with_other_names
from geomap.reading.pair_namesakes import with_pair_namesakes
from geomap.reading.resolve import Place, resolve
from geomap.reading.spelling import with_spelling_variants
from geomap.reading.state_codes import with_state_codes
from geomap.reading.river_stretch import with_river_stretches
from geomap.reading.short_forms import with_short_forms
from geomap.reading.told_away import with_points_told_away
from geomap.reading.told_in_country import with_towns_told_in_country
from geomap.reading.told_near import with_places_told_near
from geomap.reading.town_word import with_town_words
from geomap.reading.unit_shown import with_unit_words_shown
from geomap.reading.unlisted import with_unlisted_places
from geomap.text.sentences import split_sentences
from geomap.text.unwrap import original_offset, unwrap

log = logging.getLogger(__name__)


def places_from_text(text: str, *, gazetteer: Gazetteer | None = None, geocoder=None,
                     sentences=None, context: ReadingContext | None = None) -> list[Place]:
    """Every place mention of ``text``, resolved (the places step on its own)."""
    ctx = reading_context(context, geocoder=geocoder, gazetteer=gazetteer)
    sentences = split_sentences(text) if sentences is None else sentences
    mentions, text_ctx = mentions_from_text(text, ctx.gazetteer, sentences)
    mentions = acronyms_in_capitals(text, mentions, sentences)
    places = with_near_namesakes(resolve(text, mentions, text_ctx, geocoder=ctx.geocoder), ctx.gazetteer, sentences)
    places = with_towns_told_in_country(text, places, ctx.gazetteer)  # "STANLEY, Falkland Islands"
    places = with_crossing_namesakes(text, places, ctx.gazetteer, ctx.borders)  # "the X crossing with C"
    places = with_spelling_variants(text, sentences, places, ctx.gazetteer, text_ctx.persons)
    places = with_town_words(text, with_common_word_towns(text, sentences, places, ctx.gazetteer))  # "X Town"
    places = with_other_names(text, sentences, with_unlisted_places(text, sentences, places, ctx.gazetteer))
    places = with_valleys_named_for_units(places, ctx.gazetteer)  # "the Wadi Hadramawt"
    places = with_province_spellings(text, sentences, places, ctx.gazetteer, text_ctx.persons)  # "Xieng Khouang"
    places = with_region_sides(text, sentences, places, ctx.gazetteer, ctx.borders)  # "Eastern Shan"
    places = with_border_twins(text, places, ctx.gazetteer, ctx.borders)  # "X, a border town in Y region"
    places = with_far_border_towns(text, sentences, places, ctx.gazetteer, ctx.borders)  # "border villages in X"
    # (again: the unlisted step reads typed names the mention step passed over, "the X crossing" among them)
    places = with_places_told_near(text, with_crossing_namesakes(text, places, ctx.gazetteer, ctx.borders))
    places = with_story_crossing_namesakes(places, ctx.gazetteer, ctx.borders)  # "the Al Karama crossing"
    places = without_lone_strangers(sentences, without_far_definite_towns(text, places))  # "joined Schengen"
    places = with_points_told_away(text, sentences, places)  # "fled to Obo, 60 km to the east"
    places = with_definite_rivers(text, with_short_forms(with_aliases(text, places)))  # "across the Amur"
    places = without_definite_countries(text, places)  # "along the Niger", "one people, the Tonga"
    places = with_river_stretches(places, sentences)
    places = with_bay_towns(with_bridge_names(text, places), ctx.gazetteer)  # "the Danube Bridge", "Posyet Bay"
    places = with_country_cities(text, with_country_rivers(text, places), ctx.gazetteer)  # "Djibouti city"
    places = with_state_codes(text, sentences, places, ctx.gazetteer)  # "ATALAIA DO NORTE (AM)"
    places = with_pair_namesakes(text, places)  # "Dongning–Poltavka": Poltavka by Dongning, not by Omsk
    return with_unit_words_shown(text, with_crossing_pairs(text, places))


def place_feature(p: Place, point: tuple[float, float] | None = None) -> dict:
    """SPEC `place` feature of a resolved mention (at ``point`` (lon, lat) when given, else its entry's)."""
    e = p.entry
    shown, end = p.mention.shown or (p.mention.text, p.mention.end)
    props = {
        "layer": "place", "mention": shown, "start": p.mention.start, "end": end,
        "name": e.name, "place_type": e.place_type, "iso2": e.iso2, "iso3": e.iso3,
        "admin1": e.admin1 if e.place_type != "country" else None, "confidence": p.confidence,
        "gazetteer_id": e.gid, "feature": e.feature, "sentence_index": p.mention.sentence,
        "role": p.role, "in_gazetteer": e.in_gazetteer,
    }
    if not e.in_gazetteer:  # its point is that of the unit the text puts it in or near
        props["placed_at"] = e.placed_at
    lon, lat = point if point is not None else (e.lon, e.lat)
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
            "properties": props}


def _offsets_in_original(place_features: list[dict], original: str, moves) -> None:
    """Place offsets of an unwrapped text made those of the original: a word joined over a hyphen
    break moved back; a name wrapped over a Windows line end reads with one space."""
    for f in place_features:
        props = f["properties"]
        props["start"] = original_offset(moves, props["start"])
        props["end"] = original_offset(moves, props["end"], end=True)
        if "\r" in original[props["start"]:props["end"]]:
            props["mention"] = " ".join(props["mention"].split())


def extract_article(article: Article, *, geocoder=None, events: bool = True,
                    context: ReadingContext | None = None) -> dict:
    """SPEC FeatureCollection of one article: places, and (with ``events``) incidents,
    displacement and frontier."""
    try:
        return _read_article(article, geocoder, events, context)
    finally:
        close_window()  # the first article made most patterns there are: keep them for the next process


def _read_article(article: Article, geocoder, events: bool, context: ReadingContext | None) -> dict:
    ctx = reading_context(context, geocoder=geocoder)
    text, moves = unwrap(article.text)  # same length: every offset indexes article.text too
    sentences = split_sentences(text)
    places = places_from_text(text, sentences=sentences, context=ctx)
    features, moved = [], {}
    if events:
        from geomap.reading.events import event_features
        from geomap.reading.moved_incidents import follow_moved_places
        from geomap.reading.placement import stretch_points_of_unlisted

        features = event_features(text, sentences, places, published=article.published, ctx=ctx)
        moved = stretch_points_of_unlisted(places, features, ctx.borders, text)
        follow_moved_places(places, features, moved)  # "rioted at the X border post": the incident goes with X
    features = [place_feature(p, moved.get(id(p))) for p in places] + features
    if text is not article.text:
        _offsets_in_original(features[:len(places)], article.text, moves)
    fc = {"type": "FeatureCollection", "features": features}
    for k in ("id", "title", "source"):
        if getattr(article, k) is not None:
            fc[k] = getattr(article, k)
    if article.published:
        fc["published"] = article.published.isoformat()
    return fc


def extract_text(text: str, *, published: date | str | None = None, title: str | None = None,
                 geocoder=None, events: bool = True, context: ReadingContext | None = None) -> dict:
    """SPEC FeatureCollection of an article given as a string."""
    return extract_article(article_from_text(text, title=title, published=published, kind="txt"),
                           geocoder=geocoder, events=events, context=context)


def extract_file(path, *, published=None, title=None, geocoder=None, events: bool = True,
                 context: ReadingContext | None = None) -> dict:
    """SPEC FeatureCollection of an article file (.txt, .md, .html, or '-')."""
    return extract_article(read_article(path, published=published, title=title),
                           geocoder=geocoder, events=events, context=context)
