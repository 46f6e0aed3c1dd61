"""Names a feature word opens: "the Bay of Algeciras", "Col de Montgenèvre", "Passo della Morte",
"Cabo Silleiro", "Cape Oštro". The word and the name after it are one place's name, in the
languages of the coasts and passes frontiers run through; the name alone ("Algeciras",
"Montgenèvre") is the town the feature is named after, not what the text speaks of.

Pure text: it finds the span; the reading step (``geomap.reading.unlisted``) places it.
"""
from __future__ import annotations

from geomap.text.place_cues import PlaceCue, _is_name_token, _relation_after, words_of_sentences
from geomap.text.sentences import Sentence
from geomap.text.tokens import Token, joined

#: capitalised words that open a feature's name -> (the kind the text gives it, SPEC place_type)
FEATURE_HEADS = {
    "bay": ("bay", "water"), "gulf": ("gulf", "water"), "bahía": ("bay", "water"), "baie": ("bay", "water"),
    "golfe": ("gulf", "water"), "golfo": ("gulf", "water"),
    "col": ("mountain pass", "landmark"), "passo": ("mountain pass", "landmark"),
    "paso": ("mountain pass", "landmark"), "colle": ("mountain pass", "landmark"),
    "cape": ("cape", "landmark"), "cabo": ("cape", "landmark"), "capo": ("cape", "landmark"),
    "punta": ("cape", "landmark"), "pointe": ("cape", "landmark"),
}
#: the kinds of the names they open (the reading keeps a gazetteer name spelt whole with its word)
HEAD_KINDS = frozenset(kind for kind, _ in FEATURE_HEADS.values())
#: words that link a head to its name ("Bay of X", "Col de X", "Passo della X", "Golfo di X")
_LINKS = frozenset("of de du des del della dello delle dei degli di da do dos das".split())
#: heads that name a feature with no link ("Cape Oštro", "Cabo Silleiro", "Punta Rasa")
_BARE = frozenset("cape cabo capo punta pointe".split())


def head_named(text: str, toks: list[Token], k: int, is_name) -> tuple[str, str, int] | None:
    """(kind, place_type, last token) of the feature name a capitalised head word at token k
    opens, or None. ``is_name`` says whether a token may be a name's word; the name runs up to three
    such words on ("Passo dello Spluga", "Bay of Santa Cruz"; "Col d'Ibardin" is one token)."""
    t = toks[k]
    head = FEATURE_HEADS.get(t.text.lower())
    if head is None or not t.is_cap or t.text.isupper() or k + 1 >= len(toks):
        return None
    i = k + 1
    link = toks[i].text.lower()
    if link in _LINKS and not toks[i].is_cap and joined(text, t, toks[i]):
        i += 1
    elif not (t.text.lower() in _BARE or toks[i].text[:2].lower() == "d'"):  # ("Col d'Ibardin")
        return None
    if i >= len(toks) or not joined(text, toks[i - 1], toks[i]) or not is_name(toks[i]):
        return None
    e = i
    while e + 1 < len(toks) and e - i < 2 and joined(text, toks[e], toks[e + 1]) and is_name(toks[e + 1]):
        e += 1  # ("Passo di Monte Croce Carnico")
    return head[0], head[1], e


def head_cues(text: str, sentences: list[Sentence]) -> list[PlaceCue]:
    """A cue for every name a feature word opens, the word its first ("the Bay of Algeciras")."""
    out = []
    for si, toks, k, t, _ in words_of_sentences(text, sentences, frozenset(FEATURE_HEADS)):
        named = head_named(text, toks, k, _is_name_token)
        if named is not None:
            kind, place_type, e = named
            rel = _relation_after(text, toks, e, skip=0)
            out.append(PlaceCue(text[t.start:toks[e].end], t.start, toks[e].end, toks[e].end, kind, place_type, si,
                                rel[1] if rel else None, rel[0] if rel else None))
    return out
