"""The cheap tests before costly patterns (geomap.text.literals) never change an answer."""
import json
import re
from pathlib import Path

import pytest

from geomap.text import (count_words, cues, displacement_counts, event_filters, event_words, part_events, plain_moves, quantities,
                         toll_forms)
from geomap.text.literals import WordGroups, fold_ascii, prefiltered, required_words, top_branches, trie_pattern
from geomap.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts += [c["text"] for c in json.loads((ROOT / "tests/fixtures/border_cases.json").read_text(encoding="utf-8"))]
    out = [s.text for t in texts for s in split_sentences(t)]
    # case folding beyond ASCII: "ſ" and the Kelvin sign match "s" and "k" under re.I
    # tolls told as found, listed or lost (invented)
    out += ["Villagers recovered the bodies of five fishermen on Sunday.", "The dead included two customs officers "
            "and a driver.", "The militia lost seven of its fighters near the ford.", "Another guard later "
            "succumbed to his wounds.", "Gunmen opened fire, killing the herder and his son."]
    return out + ["Thouſands fled the ſhelling.", "The \u212aILLING of 3 people", "İDP camps", "no one died"]


def test_a_trie_matches_exactly_its_words():
    words = ["shell", "shells", "shoot", "a", "ab", "x.y", "no one"]
    rx = re.compile(trie_pattern(words))
    assert all(rx.fullmatch(w) for w in words)
    assert not any(rx.fullmatch(w) for w in ["sh", "shel", "shellss", "b", "xzy", "no"])
    plain = re.compile("|".join(map(re.escape, words)))
    for text in ["the shoot", "nothing here", "x.y and ab", "no one shells"]:
        assert bool(rx.search(text)) == bool(plain.search(text))
        assert (rx.search(text) or plain.search(text)) is None or rx.search(text).start() == plain.search(text).start()


def test_every_match_holds_a_required_word():
    assert required_words(re.compile(r"\d+")) is None
    assert required_words(re.compile(r"\b(?:fled|escaped)\b", re.I)) == {"fled", "escaped"}
    assert required_words(re.compile(r"(?-i:IEDs?)|mines?", re.I)) == {"ied", "mine"}


def test_only_these_characters_beyond_ascii_match_ascii_under_ignorecase():
    ascii_chars = "".join(c for c in map(chr, range(128)) if c.isprintable())
    rx = re.compile("[" + re.escape(ascii_chars) + "]", re.I)
    beyond = {c for c in map(chr, range(128, 0x110000)) if rx.fullmatch(c)}
    assert beyond == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert all(fold_ascii(c).isascii() for c in beyond)


@pytest.mark.parametrize("pattern", [
    displacement_counts._DISPLACEMENT, displacement_counts._DISP_GATE, quantities._FATAL_GATE, event_filters.HISTORY,
    quantities._BEFORE, quantities._AFTER, quantities._LIVES, quantities._TOLL, quantities._TOLL_RISEN,
    quantities._ZERO, quantities._CASUALTIES, quantities._DEATH_WORD, displacement_counts._DISP_BEFORE,
    displacement_counts._DISP_NOUN_AFTER, displacement_counts._DISP_MOVED, displacement_counts._DISP_AFTER,
    displacement_counts._DISP_GROUP_OF, displacement_counts._DISP_TOTAL,
    cues._BORDER_WORDS, cues._MEDIATOR,
    *[rx for *_, rx in event_words._RULES],
    toll_forms._BODIES, toll_forms._DEAD_WERE, toll_forms._LOST, toll_forms._SUCCUMBED, toll_forms._ANOTHER,
    toll_forms._ONE_AND_HIS,
    plain_moves._TAKEN_OUT, plain_moves._MOVED_BETWEEN, plain_moves._REGISTERED_ENTERING,
])
def test_a_prefiltered_pattern_answers_as_the_pattern(pattern):
    raw = pattern.pattern_object if hasattr(pattern, "pattern_object") else pattern
    fast = prefiltered(raw)
    for s in _sentences():
        assert [m.span() for m in fast.finditer(s)] == [m.span() for m in raw.finditer(s)]
        assert bool(fast.search(s)) == bool(raw.search(s))


def test_a_literal_gate_is_found_by_its_words_alone():
    """"kill|dead|..." under re.I is answered by the one scan of words, never run; a pattern
    with anything besides literal words is run as before."""
    assert quantities._FATAL_GATE._exact and displacement_counts._DISP_GATE._exact
    assert not displacement_counts._DISPLACEMENT._exact and not quantities._BEFORE._exact
    extra = ["Scores were taken by bus to Gulu.", "The camp took in 300.", "IdPs", "no kilLing", "Nothing happened."]
    for gate in (quantities._FATAL_GATE, displacement_counts._DISP_GATE, displacement_counts._DISPLACEMENT,
                 quantities._BEFORE):
        for s in _sentences() + extra:
            assert gate.found(s) == (gate.pattern_object.search(s) is not None), (gate.pattern, s)
    assert not prefiltered(re.compile("a.c|kill", re.I))._exact  # "a.c" is no literal word


def test_a_prefilter_skips_sentences_without_the_words():
    fast = prefiltered(displacement_counts._DISPLACEMENT.pattern_object)
    assert not fast.may_match("The minister met his counterpart on Tuesday.")
    assert fast.may_match("Thousands fled the shelling.") and fast.may_match("Thouſands ſhelter")


def test_word_groups_present_are_the_groups_a_search_per_group_finds():
    groups = [*event_words._GATES, ("shell", "shells"), ("she",), ("x.y", "no one"), ("ll",)]
    gate = WordGroups(groups)
    per_group = [re.compile("|".join(map(re.escape, g))) for g in groups]
    texts = [s.lower() for s in _sentences()] + ["shells", "she", "shellshock", "a x.y b", "no one", "", "cease-fire"]
    for text in texts:
        assert gate.present(text) == {k for k, rx in enumerate(per_group) if rx.search(text)}
    assert gate.present("the shells fell") >= {len(groups) - 4, len(groups) - 3, len(groups) - 1}


def test_one_scan_answers_every_prefilter_as_its_own_search():
    """The words of all prefiltered patterns are looked for in one scan per sentence; each
    pattern's answer is still whether the folded sentence holds one of its own words, also for
    a pattern made after sentences were scanned."""
    patterns = [displacement_counts._DISPLACEMENT, displacement_counts._DISP_GATE, quantities._FATAL_GATE,
                event_filters.HISTORY, cues._MEDIATOR, *[rx for *_, rx in event_words._RULES if hasattr(rx, "may_match")]]
    sentences = _sentences() + ["", "shells", "Thouſands", "killed"]
    for _round in range(2):  # the second round answers from the kept scans
        for s in sentences:
            for p in patterns:
                own = re.compile(trie_pattern(p._words)).search(fold_ascii(s)) is not None
                assert p.may_match(s) == own, (p.pattern, s)
    late = prefiltered(re.compile(r"\bzanzibar\w*", re.I))
    assert late.may_match("Off Zanzibar.") and not late.may_match(sentences[0])
    assert any(p.may_match(s) for p in patterns for s in sentences)


# --- gates: a pattern starting with a count is not searched in a sentence without one -------

def _counted_sentences() -> list[str]:
    """Invented sentences with every kind of count ``NUM`` reads, and sentences without one."""
    phrases = [*count_words._UNITS, *count_words._TENS, "twenty-one", "forty three", "a hundred", "several thousand",
               "two million", "hundreds of thousands", "tens of thousands", "half a dozen", "a dozen", "a handful of",
               "a number of", "a few", "few", "scores", "dozens", "many", "numerous", "several", "millions",
               "3", "1,200", "2.5 million", "40m", "\u0663\u0660", "Thouſands", "SEVENTEEN", "at least 12", "some 4,000"]
    frames = ["Officials in Nampula said {} villagers had fled toward the Ruvuma river.",
              "{} herders from Kasane were killed near the Chobe crossing, police said.",
              "About {} residents of Ressano Garcia had been evacuated.", "{} people in Chirundu have fled.",
              "A ranger was shot dead near Mwami.", "Shelling killed {} soldiers."]
    out = [f.format(p) for f in frames for p in phrases]
    return out + ["Gunfire killed cattle near the Lupata gorge and residents fled.",  # no count at all
                  "The people of Mocuba who fled say the dead were buried.", "Someone often said the dead tend to be men.",
                  "Residents of Mutare fled after the clashes; many who stayed were killed.",
                  # a group told by its nationality, written in capitals or with a line break (invented)
                  "Some 3,000 Malawians from Mwanza have fled.", "400 Congolese in\nKasumbalesa were displaced.",
                  "1,200 SOMALIS LIVING IN Dolow had fled.", "90 Zambians, living in Chililabombwe, fled.",
                  # totals opening their parts (invented)
                  "At least 11 people were killed, including five in an attack on Nkayi and three near Lupane.",
                  "Nine died, among them two in clashes at Mbala.", "Six are dead, OF WHOM four near Nakonde.",
                  "Twelve lives were lost of them seven in Isoka."]


@pytest.mark.parametrize("module,name", [(quantities, "_BEFORE"), (displacement_counts, "_DISP_BEFORE"),
                                         (displacement_counts, "_DISP_GROUP_OF"), (part_events, "_TOTAL")])
def test_a_gated_pattern_answers_as_the_pattern(module, name):
    gated = getattr(module, name)
    assert gated.gate is not None
    raw = gated.pattern_object
    for s in _counted_sentences() + _sentences():
        assert [m.span() for m in gated.finditer(s)] == [m.span() for m in raw.finditer(s)], s
        assert bool(gated.search(s)) == bool(raw.search(s)), s


def test_every_count_passes_the_gate():
    for s in _counted_sentences():
        for m in count_words.NUM_RX.finditer(s):
            assert count_words.NUM_GATE.search(fold_ascii(m.group())), m.group()
        for m in re.finditer(count_words.A_PERSON, s, re.I):
            assert count_words.COUNT_GATE.search(fold_ascii(m.group())), m.group()


def test_a_sentence_without_a_count_is_not_searched():
    text = "Gunfire killed cattle near the Lupata gorge and families fled."
    assert not quantities._BEFORE.may_match(text) and not displacement_counts._DISP_BEFORE.may_match(text)
    assert displacement_counts._DISP_BEFORE.may_match("Some 4,000 residents fled.")
    assert quantities._BEFORE.may_match("A ranger was shot dead.")


def test_folding_keeps_word_and_digit_characters():
    """Gates search the folded text with ``\\b`` and ``\\d``: folding must not change either."""
    word, digit = re.compile(r"\w"), re.compile(r"\d")
    for c in map(chr, range(0x110000)):
        f = fold_ascii(c)
        assert len(f) == 1 and bool(word.match(c)) == bool(word.match(f)) and bool(digit.match(c)) == bool(digit.match(f)), hex(ord(c))


def test_patterns_asked_of_every_sentence_answer_as_before_their_gates():
    """Deaths told alone are searched only where "killed" and an armed men's word are, a total's
    parts only where a death word is: the matches are the patterns' own (invented sentences too)."""
    from geomap.reading import deaths_told
    from geomap.text import part_events

    invented = ["Three militiamen were killed near Kafue on 3 May.", "A policeman was killed at Mwami crossing.",
                "Four PARAMILITARIES had been killed outside Gulu on Friday.", "Two guards were killed in the Lupata gorge.",
                "Eleven people died, including six in an attack on Chirundu and two near Kasane.",
                "Two soldiers were wounded near Kafue.", "The fighters killed in Gulu were buried."]
    for fast in (deaths_told._DEATHS, part_events._TOTAL):
        raw = fast.pattern_object
        assert any(raw.search(s) for s in invented)
        for s in _sentences() + invented:
            assert [m.span() for m in fast.finditer(s)] == [m.span() for m in raw.finditer(s)], s
            assert bool(fast.search(s)) == bool(raw.search(s)), s


def test_an_alternation_is_split_at_its_own_branches_only():
    assert top_branches(r"\b(?:fled|left\s+(?:their|the)\s+homes|[|)(]x)\b") == (
        r"\b", ["fled", r"left\s+(?:their|the)\s+homes", "[|)(]x"], r"\b")
    assert top_branches(r"(?:a|b)(?=\s+(?:c|d))") == ("", ["a", "b"], r"(?=\s+(?:c|d))")
    # shapes where running some branches could answer otherwise: run whole
    for source in (r"(?:a|b)|c", r"(a|b)", r"(?:a|(?P<x>b))", r"(?=x)(?:a|b)", r"(?i)(?:a|b)", r"\bab\b", r"(?:ab)"):
        assert top_branches(source) is None, source


def test_a_pattern_run_by_branch_answers_as_the_whole_pattern():
    """Sentences holding the words of one branch only run that branch: the same matches."""
    by_branch = [displacement_counts._DISPLACEMENT, *[rx for *_, rx in event_words._RULES]]
    assert displacement_counts._DISPLACEMENT._branches is not None
    assert sum(rx._branches is not None for rx in by_branch) > 30
    extra = ["Residents of the hamlet had left for the hills.", "Some 300 families were moved to safer ground.",
             "The herders left their homes and sheltered in tents at the school.", "Refugees crossed at dawn.",
             "Troops shelled the ridge and clashed with fighters near the ford.", "Nothing moved on the road."]
    for rx in by_branch:
        for s in _sentences() + extra:
            assert [m.span() for m in rx.finditer(s)] == [m.span() for m in rx.pattern_object.finditer(s)], (rx.pattern, s)
            assert bool(rx.search(s)) == bool(rx.pattern_object.search(s))


def test_a_tuple_of_gates_asks_each_of_them():
    """Two things every match holds apart ("a count" and "a group word after it"): a text must show
    both before the pattern runs, and a text showing both gets the pattern's own answer."""
    rx = re.compile(r"\b\d+\s+(?:\w+\s+){0,3}?herders\s+fled\b", re.I)
    gated = prefiltered(rx, gate=(re.compile(r"\d"), re.compile(r"rs\s+fled")))
    assert gated.search("40 HERDERS FLED the fighting").span() == rx.search("40 HERDERS FLED the fighting").span()
    assert not gated.may_match("Forty herders fled")  # no digit: the first gate says no
    assert not gated.may_match("40 herders and their cattle fled")  # the second gate says no
    assert gated.may_match("40 cattle herders fled")


@pytest.mark.parametrize("sentence,count", [
    ("About 240 traders were bussed out of the market to Moshi.", 240),
    ("Some 650 fishing families moved from the islands to Baga Sola.", 650),
    ("Some 1,100 nationals were registered by the authorities entering Dhofar governorate.", 1100),
])
def test_plain_moves_are_still_counted_where_their_verbs_are(sentence, count):
    # (their patterns run only on a sentence holding one of their verbs: literals.prefiltered)
    got = plain_moves.plain_move_count(sentence)
    assert got is not None and got.value == count, got
