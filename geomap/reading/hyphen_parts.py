"""Places inside a hyphenated word: "the Maroua-based command", "the Kousseri-N'Djamena bridge".

The tokenizer keeps a hyphenated word whole ("Nagorno-Karabakh", "Guinea-Bissau", "al-Hawa"),
which is right for names written so. A word the gazetteer does not know whole may still hold
places: a town before "-based" or "-bound" is where a body sits or a convoy goes (before
"-registered", where a boat is from), and two
capitalised names joined by a hyphen before a road or bridge are its two ends (two countries or
cities joined so, "Russia-Turkey ties", are places too; "Wal-Mart" is a brand). The mention
finder reads such a word as its parts; other readers keep the whole word.
"""
from __future__ import annotations

from geomap.gazetteer import fold, haversine_km
from geomap.settings import NEAR_KM
from geomap.text.lexicon import DIRECTIONS, first_names
from geomap.text.tokens import Token

#: words after two names joined by a hyphen that make them the two ends of a way ("the A-B road")
_ROUTE_WORDS = frozenset("road roads highway motorway expressway railway railroad rail line bridge crossing section "
                         "stretch route corridor border frontier axis pipeline track trail".split())
#: words after a hyphen that leave the name before it a place ("the Goma-based group"), and a
#: boat's or lorry's home port ("a Rausu-registered crab boat", "a Mombasa-flagged dhow")
_PLACE_BEFORE = frozenset(("based", "bound", "headquartered", "registered", "flagged"))


def _known(gaz, word: str) -> bool:
    return len(word) >= 3 and word[0].isupper() and bool(gaz.hits(fold(word)))


def _major(gaz, word: str) -> bool:
    return any(h.entry.place_type in ("country", "admin1") or h.entry.population >= 100_000
               for h in gaz.hits(fold(word)))


def _parts(word: str, start: int, gaz, route_after: bool = False) -> list[Token] | None:
    """The tokens a hyphenated word is read as, or None to keep it whole."""
    head, _, tail = word.rpartition("-")
    if not head or gaz.hits(fold(word)):
        return None
    if tail.lower() in _PLACE_BEFORE:
        if "-" in head or not _known(gaz, head) or (head.isupper() and len(head) <= 5):
            return None  # "MSF-based": an acronym stands for a body
        return [Token(head, start, start + len(head)), Token(tail, start + len(head) + 1, start + len(word))]
    pieces = word.split("-")
    if len(pieces) != 2 or not all(_known(gaz, p) for p in pieces) or any(
            p.lower() in first_names() or p.lower() in DIRECTIONS for p in pieces):
        return None  # "Jean-Pierre": a given name, not a town; "Calgary-North West": a riding
    if not (route_after or all(_major(gaz, p) for p in pieces)):
        return None  # "Wal-Mart", "Coca-Cola": brands; "Russia-Turkey ties" and "the A-B road" name places
    return [Token(pieces[0], start, start + len(pieces[0])), Token(pieces[1], start + len(pieces[0]) + 1,
                                                                     start + len(word))]


def split_hyphened(toks: tuple[Token, ...], gaz) -> tuple[Token, ...]:
    """``toks`` with each hyphenated capitalised word that holds places read as its parts."""
    if not any("-" in t.text and t.is_cap for t in toks):
        return toks
    out: list[Token] = []
    for k, t in enumerate(toks):
        parts = _parts(t.text, t.start, gaz, k + 1 < len(toks) and toks[k + 1].text.lower() in _ROUTE_WORDS) \
            if "-" in t.text and t.text[0].isupper() and not _name_goes_on(toks, k, gaz) else None
        out.extend(parts or (t,))
    return tuple(out)


def _name_goes_on(toks: tuple[Token, ...], k: int, gaz, longest: int = 3) -> bool:
    """Whether the hyphenated word k begins a longer name the gazetteer knows ("Mayo-Kebbi Est")."""
    name, end = toks[k].text, toks[k].end
    for t in toks[k + 1:k + 1 + longest]:
        if t.start != end + 1 or not t.is_cap:
            return False
        name, end = f"{name} {t.text}", t.end
        if gaz.hits(fold(name)):
            return True
    return False


def known_pair(cue, places) -> bool:
    """A typed name made of places the gazetteer knows joined by hyphens, near each other ("the
    Kousseri-N'Djamena bridge"): the places are told, not a landmark whose name hides them. With
    an unknown end ("the Taveta-Holili road") or ends far apart (one a namesake) it stays whole."""
    if "-" not in cue.name:
        return False
    spans = {(p.mention.start, p.mention.end): p.entry for p in places if p.entry.in_gazetteer}
    start, ends = cue.start, []
    for part in cue.name.split("-"):
        if (start, start + len(part)) not in spans:
            return False
        ends.append(spans[(start, start + len(part))])
        start += len(part) + 1
    return all(haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM for a, b in zip(ends, ends[1:]))
