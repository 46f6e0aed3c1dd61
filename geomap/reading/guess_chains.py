"""A guess built on a guess: a name the gazetteer lacks, put at another such name that is itself
only guessed ("a post near Menkao, in Maluku", Maluku unlisted and put by a town the article
names elsewhere). Each guess may be right alone; two together put a village hundreds of km
from where it lies, and a number told there would stand at the wrong place.

So an incident at such a place keeps its toll's words and no number, and a flight told after an
attack there takes no area from it (``origin_told_before``): a wrong number is worse than none. (A
flight the text tells from or to such a place by its name keeps it: the name is the text's own.) A name put
beside a place the text gives ("X, in Y district", Y unlisted but in a unit the text names) is
no guess and stays a place of its own.
"""
from __future__ import annotations

from collections.abc import Iterable

from geomap.gazetteer import GazetteerEntry
from geomap.gazetteer.normalize import fold
from geomap.reading.resolve import Place

__all__ = ["GUESS_KINDS", "built_on_a_guess", "guessed_names", "untie_tolls_on_guesses"]

#: how an unlisted name is placed when the text gives no unit holding it: near a place named
#: close to it, or across the frontier from one (``unlisted._unlisted_entry``)
GUESS_KINDS = frozenset(("nearby", "across"))
#: the hosts whose guessed point says where a place in them lies: a settlement or a site is a point
#: that may be anywhere; a district, valley, river or region told as holding a place is an area along
#: the frontier ("Tiwintza", in "the upper Cenepa valley"), where an incident there goes anyway
_POINT_TYPES = frozenset(("city", "landmark"))


def guessed_names(entries: Iterable[GazetteerEntry]) -> frozenset[str]:
    """Folded names of the unlisted settlements and sites whose point is a guess."""
    return frozenset(fold(e.name) for e in entries if not e.in_gazetteer and e.placed_at_type in GUESS_KINDS
                     and e.place_type in _POINT_TYPES)


def built_on_a_guess(entry: GazetteerEntry, guessed: frozenset[str]) -> bool:
    """Whether ``entry`` is an unlisted place put at another unlisted place whose point is a guess
    (``guessed``, from ``guessed_names``)."""
    if entry.in_gazetteer or not entry.placed_at:
        return False
    host = fold(entry.placed_at)
    return host != fold(entry.name) and host in guessed


def untie_tolls_on_guesses(incidents: list[dict], by_sentence: dict[int, list[Place]]) -> None:
    """Take the number (not the words) off every incident standing at a place built on a guess."""
    every = [p for ps in by_sentence.values() for p in ps]
    guessed = guessed_names(p.entry for p in every)
    if not guessed:
        return
    shaky = {(p.mention.start, p.entry.name) for p in every if built_on_a_guess(p.entry, guessed)}
    if not shaky:
        return
    for f in incidents:
        props = f["properties"]
        if props.get("fatalities") is None or props.get("mention_start") is None:
            continue
        if (props["sentence_start"] + props["mention_start"], props["location"]) in shaky:
            props.update(fatalities=None, fatalities_basis="not this incident's: its place is a name the gazetteer "
                         "lacks put at another such name that is itself a guess")
