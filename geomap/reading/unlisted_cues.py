"""The cues of the unlisted step, gathered: names the words around them type as places
(``geomap.text.place_cues``, and ``feature_heads``: "the Bay of X"), names whose own form does (``form_cues``), and the weaker hints
(a preposition before a name, a second name given, a list of names with places among them)."""
from __future__ import annotations

from geomap.gazetteer import demonym_country
from geomap.reading.form_cues import form_cues
from geomap.reading.hyphen_parts import known_pair
from geomap.reading.listed_names import listed_hints
from geomap.reading.resolve import Place
from geomap.reading.unit_apposition import unit_appositions
from geomap.text.alias_cues import alias_cues
from geomap.text.feature_heads import head_cues
from geomap.text.place_cues import NATIONAL, PlaceCue, place_cues
from geomap.text.place_hints import place_hints, typed_nationality
from geomap.text.sentences import Sentence

__all__ = ["typed_cues"]


def typed_cues(text: str, sentences: list[Sentence], places: list[Place]) -> tuple[list[PlaceCue], list[PlaceCue]]:
    """(every cue in text order, the strong ones: typed by words or by the name's form)."""
    hints = place_hints(text, sentences)
    # "near Lake Natron in Y": the geographic word opening the name types it better than "near X in Y"
    typed_by_word = {c.start: c for c in hints if not c.weak}
    strong = [typed_by_word.get(c.start, c) if c.kind == "place" else c
              for c in place_cues(text, sentences) if not known_pair(c, places) and not (
                  # "Alvin, Texas, a Houston suburb", "X, a Pemón village": no nationality types it
                  c.relation == NATIONAL and not demonym_country(typed_nationality(text, c.name_end) or ""))]
    taken = {c.start for c in strong}
    strong += [c for c in head_cues(text, sentences) if c.start not in taken]  # "the Bay of X", "Col de X"
    taken |= {c.start for c in strong}
    hinted = {c.start for c in hints}  # (a hint reads the unit better: "X, in Ghana's Upper East region")
    strong += [c for c in unit_appositions(text, sentences) if c.start not in taken | hinted]  # "The X, in the Y District"
    taken |= {c.start for c in strong}
    strong += [c for c in form_cues(text, sentences, places) if c.start not in taken]  # "Ban Nam Dee"
    taken |= {c.start for c in strong}
    cues = strong + [c for c in hints if c.start not in taken]
    cues += [c for c in alias_cues(text, sentences) if c.start not in {c.start for c in cues}]
    cues = sorted(cues + listed_hints(text, sentences, places, {c.start for c in cues}), key=lambda c: c.start)
    return cues, strong
