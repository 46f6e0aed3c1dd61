"""Sentence splitting: offsets, abbreviations, numbers, quotes, newlines."""

import pytest

from geomap.text.sentences import Sentence, split_sentences


def _texts(text):
    return [s.text for s in split_sentences(text)]


def test_offsets_slice_back_to_the_text():
    text = "  Indian and Pakistani troops clashed.  Two posts burned!\n\nWhy now? Nobody knows. "
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Indian and Pakistani troops clashed.",
        "Two posts burned!",
        "Why now?",
        "Nobody knows.",
    ]
    for s in sentences:
        assert text[s.start:s.end] == s.text
        assert isinstance(s, Sentence)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gen. Aliyev inspected the Lachin road. Troops were on alert.",
         ["Gen. Aliyev inspected the Lachin road.", "Troops were on alert."]),
        ("Lt. Col. Marwa Deng of the SPLA spoke in Juba. She denied it.",
         ["Lt. Col. Marwa Deng of the SPLA spoke in Juba.", "She denied it."]),
        ("Mr. Karimov and Dr. Usmonova met at St. Petersburg. Talks ended.",
         ["Mr. Karimov and Dr. Usmonova met at St. Petersburg.", "Talks ended."]),
        ("The U.N. envoy flew to Georgetown. He met officials.",
         ["The U.N. envoy flew to Georgetown.", "He met officials."]),
        ("The clash began on Jan. 5 near Isfara. No. 3 post fell.",
         ["The clash began on Jan. 5 near Isfara.", "No. 3 post fell."]),
        ("Border towns, e.g. Kiryat Shmona, emptied. Shops closed.",
         ["Border towns, e.g. Kiryat Shmona, emptied.", "Shops closed."]),
        ("Shelling hit Agdam vs. Fuzuli sectors. Both sides blamed each other.",
         ["Shelling hit Agdam vs. Fuzuli sectors.", "Both sides blamed each other."]),
        ("Officer J. K. Rao was wounded near Uri. He survived.",
         ["Officer J. K. Rao was wounded near Uri.", "He survived."]),
        ("Aid reached the U.S. The convoy waited.",
         ["Aid reached the U.S.", "The convoy waited."]),
    ],
)
def test_abbreviations_and_initials_do_not_end_sentences(text, expected):
    assert _texts(text) == expected


def test_decimal_numbers_stay_inside_a_sentence():
    assert _texts("About 1.5 million people live in Essequibo. It is 159,500 sq km.") == [
        "About 1.5 million people live in Essequibo.",
        "It is 159,500 sq km.",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will defend every metre," the minister said. Shelling resumed.',
         ['"We will defend every metre," the minister said.', "Shelling resumed."]),
        ('He said: "The line is quiet." Then guns fired.',
         ['He said: "The line is quiet."', "Then guns fired."]),
        ("She asked: \u201cWho fired first?\u201d Nobody answered.",
         ["She asked: \u201cWho fired first?\u201d", "Nobody answered."]),
    ],
)
def test_quotes_closing_sentences(text, expected):
    assert _texts(text) == expected


def test_newline_is_a_hard_break_even_without_punctuation():
    text = "Kashmir shelling kills two\nSrinagar, India - Shells fell overnight."
    assert _texts(text) == ["Kashmir shelling kills two", "Srinagar, India - Shells fell overnight."]


def test_lowercase_after_full_stop_does_not_split():
    assert _texts("The army said approx. forty shells fell. Quiet returned.") == [
        "The army said approx. forty shells fell.",
        "Quiet returned.",
    ]


def test_empty_text_gives_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []


def test_headline_is_the_first_short_unpunctuated_line():
    from geomap.text.sentences import headline_span

    text = "Shelling hits border town as talks stall\n\nArtillery fire hit the town on Monday.\n"
    start, end = headline_span(text)
    assert text[start:end] == "Shelling hits border town as talks stall"
    assert headline_span("Shelling hit the town on Monday.\n\nMore later.") is None
    assert headline_span("One paragraph only, no headline") is None


def test_word_before_a_full_stop_is_what_the_pattern_finds():
    """The backward scan answers as ``([A-Za-z][A-Za-z.]*)$`` searched in the 40 characters
    before the dot (words, inner dots, other scripts, line breaks, words longer than the window)."""
    import random
    import re

    from geomap.text.sentences import _word_before

    pattern = re.compile(r"([A-Za-z][A-Za-z.]*)$")

    def by_pattern(text, dot):
        lo = max(0, dot - 40)
        m = pattern.search(text, lo, dot)
        return None if not m or (m.start() == lo and lo > 0 and text[lo - 1].isalpha()) else m.group(1)

    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice("aZ.. \n,ü1x") for _ in range(rng.randint(0, 60)))
        dot = rng.randint(0, len(text))
        assert _word_before(text, dot) == by_pattern(text, dot), (text, dot)
    assert _word_before("He met the U.S", 14) == "U.S"
