"""The cheap tests put before costly patterns (issue 15) never change an answer: each gate,
on texts made of the words its pattern reads, answers as the pattern alone does."""
import random

from geomap.gazetteer import get_gazetteer

WORDS = ["near", "Near", "outside", "of", "OF", "For", "for", "the", "THE", "town", "village", "Guatemalan", "north",
         "south-east", "far", "Commissioner", "Office", "agency", "KEY", "POINTS", "SUMMARY", "5", "km", "miles", "from",
         "Rio", "x", ",", ".", ":", "\n"]


def _texts(n=4000, seed=3):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(WORDS) + rng.choice([" ", "  ", "\n", "", "\t"]) for _ in range(rng.randint(0, 9)))


def test_town_context_gate():
    from geomap.reading.resolve import _TOWN_BEFORE, _TOWN_BEFORE_ENDS

    for ctx in _texts():
        assert (ctx.rstrip().endswith(_TOWN_BEFORE_ENDS) and bool(_TOWN_BEFORE.search(ctx))) == bool(
            _TOWN_BEFORE.search(ctx)), ctx


def test_nationality_before_gate():
    from geomap.text.place_hints import _NATIONAL_KIND_BEFORE, nationality_before

    for text in _texts():
        m = _NATIONAL_KIND_BEFORE.search(text, max(0, len(text) - 60), len(text))
        assert nationality_before(text, len(text)) == (m.group(1) if m else None), text
    assert nationality_before("near the Guatemalan town of ", 28) == "Guatemalan"


def test_agency_before_gate():
    from geomap.text.displacement_counts import _AGENCY_BEFORE, _agency_before

    for text in _texts():
        assert _agency_before(text, len(text)) == bool(_AGENCY_BEFORE.search(text, 0, len(text))), text
    assert _agency_before("the High Commissioner For THE ", 30)


def test_distance_and_key_point_gates():
    from geomap.reading.common_names import _DISTANCE_AFTER
    from geomap.reading.retold_inside import _KEY_POINTS, _KEY_WORDS

    for text in _texts():
        if _DISTANCE_AFTER.search(text):
            assert "km" in text or "kilomet" in text or "miles" in text
        if _KEY_POINTS.search(text):
            assert any(w in text for w in _KEY_WORDS)


def test_abbreviation_gate(monkeypatch):
    from geomap.reading import mentions

    pattern, rows, heads = mentions._abbreviations()
    gaz = get_gazetteer()
    texts = [f"{before}{a}{after}" for a in rows for before in ("Hazard, ", "in ") for after in ("", " said", "x")]
    got = [mentions._abbreviation_at(t, t.index(" ") + 1, gaz) for t in texts]
    monkeypatch.setattr(mentions, "_abbreviations", lambda: (pattern, rows, None))  # no gate
    assert got == [mentions._abbreviation_at(t, t.index(" ") + 1, gaz) for t in texts]
    assert sum(g is not None for g in got) > 20


PAIR_WORDS = ["between", "Between", "from", "frombetween", "and", "to", "Kasane", "Kazungula", "Mwandi", "Sesheke's",
              "al-Hawa", "the", ",", "\n"]


def test_paired_names_are_looked_for_where_their_words_stand():
    from geomap.reading.common_names import _PAIRED, _paired

    rng = random.Random(5)
    texts = ["".join(rng.choice(PAIR_WORDS) + rng.choice([" ", "  ", "", "\n"]) for _ in range(rng.randint(0, 14)))
             for _ in range(4000)]
    texts.append("trucks from Kasane to Kazungula and between Mwandi and Sesheke to Livingstone")
    for text in texts:
        assert [m.span() for m in _paired(text)] == [m.span() for m in _PAIRED.finditer(text)], text
    assert sum(bool(list(_paired(t))) for t in texts) > 10


CUE_WORDS = ["village", "of", "Villages", "towns", "Kasane", "Mwandi", ",", "(", "a", "the", "near", "Route", "9",
             "Barangay", "San", "Roque", "border", "post", "crossing", "and", "other", "villages", "in", "Chobe",
             "district", "from", "across", "river", "Traditional", "Authority", "Area", "area"]


def test_place_cues_skip_only_words_no_rule_reads(monkeypatch):
    """The capitalised words outside every rule's words are read only by "X, a village in Y"."""
    from geomap.text import place_cues
    from geomap.text.sentences import split_sentences

    class Everything(frozenset):
        def __contains__(self, item):
            return True

    rng = random.Random(7)
    texts = ["".join(rng.choice(CUE_WORDS) + rng.choice([" ", " ", ", ", ""]) for _ in range(rng.randint(2, 16)))
             for _ in range(3000)]
    texts += ["Kasane, a village near Mwandi, and the village of Sesheke in Chobe district."]
    got = [place_cues._place_cues(t, split_sentences(t)) for t in texts]
    monkeypatch.setattr(place_cues, "_RULE_WORDS", Everything())  # no word skipped
    assert got == [place_cues._place_cues(t, split_sentences(t)) for t in texts]
    assert sum(bool(g) for g in got) > 300


def test_the_capitalised_tokens_kept_with_an_article_are_its_capitalised_tokens():
    """The name rules loop over ``capitalised`` instead of every word: it must list each
    capitalised token, "al-Hawa" and "d'Ivoire" too, and nothing else."""
    from geomap.text.tokens import capitalised, tokenize

    text = "Trucks queued at al-Hawa and Côte d'Ivoire's border post, the U.S. said; ELEVEN were stuck near 5 Mile."
    toks = tokenize(text, 8, len(text))
    assert capitalised(text, 8, len(text)) == tuple(k for k, t in enumerate(toks) if t.is_cap)
    assert [toks[k].text for k in capitalised(text, 8, len(text))] == [
        "al-Hawa", "Côte", "d'Ivoire", "U.S.", "ELEVEN", "Mile"]
    assert capitalised(text, 8, len(text)) is capitalised(text, 8, len(text))  # kept, not made again
