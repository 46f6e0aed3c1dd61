"""Hard-wrapped text reads as its unwrapped form (invented passages); lines meant apart stay apart."""

import re
import textwrap

import pytest

from geomap.reading.pipeline import extract_text
from geomap.text.sentences import headline_span, split_sentences
from geomap.text.unwrap import unwrap

ARTICLE = """Zimbabwean troops clash with gold panners near Mozambique border

MUTARE, Zimbabwe, Dec 3 (Reuters) - Zimbabwean soldiers clashed with illegal gold panners near \
the border town of Machipanda on Tuesday, killing three people, police in Manica province said.
About 1,200 people have fled villages around Machipanda for the city of Chimoio since the \
fighting began, the Mozambican Red Cross said.
"""


def _wrapped(text: str, width: int, crlf: bool = False) -> str:
    out = "\n".join(textwrap.fill(p, width) if p.strip() else "" for p in text.split("\n"))
    return out.replace("\n", "\r\n") if crlf else out


def _features(text: str) -> list:
    """What the map shows of each feature, whitespace read as one space."""
    def words(s):
        return re.sub(r"\s+", " ", s or "")

    out = []
    for f in extract_text(text, published="2026-12-06")["features"]:
        p = f["properties"]
        keys = {"place": ("mention", "name", "iso3"), "frontier": ("iso3_a", "iso3_b"),
                "incident": ("event_type", "location", "date", "fatalities", "source_sentence"),
                "displacement": ("name", "direction", "displaced", "source_sentence")}[p["layer"]]
        out.append((p["layer"],) + tuple(words(p[k]) if isinstance(p[k], str) else p[k] for k in keys))
    return sorted(map(repr, out))


@pytest.mark.parametrize("width, crlf", [(60, False), (72, False), (72, True)])
def test_a_wrapped_article_gives_the_features_of_its_unwrapped_form(width, crlf):
    plain = _features(ARTICLE)
    assert any("Machipanda', '2026-12-01', 3" in f for f in plain)  # the clash, its day and toll
    assert _features(_wrapped(ARTICLE, width, crlf)) == plain


def test_offsets_index_the_wrapped_text_and_sentences_read_without_the_newline():
    text = _wrapped(ARTICLE, 60)
    fc = extract_text(text, published="2026-12-06")
    for f in fc["features"]:
        p = f["properties"]
        if p["layer"] == "place":
            assert " ".join(text[p["start"]:p["end"]].split()) == p["mention"]
        if p["layer"] == "incident":
            assert "\n" not in p["source_sentence"]
            s = p["sentence_start"]
            assert " ".join(text[s:s + len(p["source_sentence"])].split()) == " ".join(p["source_sentence"].split())


def test_a_word_split_at_its_hyphen_is_joined_and_its_offsets_map_back():
    text = ("Police said two soldiers were killed on Tuesday in a shootout near the town of Guajara-\n"
            "Mirim in Rondonia state, close to the frontier with Bolivia, where smugglers often\n"
            "cross the river at night with goods and fuel bought in the Bolivian town of Guayaramerin.\n")
    got, moves = unwrap(text)
    assert len(got) == len(text) and re.search(r"Guajara-Mirim\s+in Rondonia", got) and moves
    place = next(f["properties"] for f in extract_text(text)["features"]
                 if f["properties"]["layer"] == "place" and f["properties"]["mention"] == "Guajara-Mirim")
    assert text[place["start"]:place["end"]] == "Guajara-\nMirim"


def _lines(text: str) -> list[str]:
    return unwrap(text)[0].split("\n")


WRAPPED_BODY = ("Zambian soldiers exchanged fire with Zimbabwean police near the\n"
                "border post at Chirundu on Thursday, killing two people and\n"
                "wounding five, the district commissioner told reporters.\n")


@pytest.mark.parametrize("head", [
    "Border Guards Trade Fire At Chirundu Crossing Point\n",  # a title-cased headline
    "CHIRUNDU, Zambia, Dec 5 (Reuters) - Fire at the crossing\n" "By Staff Reporter\n",
])
def test_headlines_bylines_and_datelines_stay_on_their_own_line(head):
    lines = _lines(head + WRAPPED_BODY)
    assert lines[:len(head.splitlines())] == head.splitlines()
    assert len(lines) == len(head.splitlines()) + 2  # the body is one line (and the final newline)


def test_a_headline_before_a_dateline_is_no_part_of_the_first_sentence():
    text = "Soldiers and police exchange fire at the Chirundu border post\nLUSAKA, Dec 5 - " + WRAPPED_BODY
    sentences = [s.text for s in split_sentences(unwrap(text)[0])]
    assert sentences[0] == "Soldiers and police exchange fire at the Chirundu border post"
    assert sentences[1].startswith("LUSAKA") and sentences[1].endswith("told reporters.")


def test_list_and_table_lines_stay_apart():
    text = (WRAPPED_BODY + "The Red Cross said 3,100 people had fled and gave figures by district:\n"
            "Chirundu district: 2,400 people displaced from riverside villages\n"
            "Siavonga district: 700 people displaced from the fishing camps\n"
            "- 2 killed near the bridge on Thursday night, police in Lusaka said\n"
            "- 5 wounded, among them a Zimbabwean officer and three traders\n"
            "Area          Displaced    Killed\n"
            "Chirundu          2,400         2\n")
    lines = _lines(text)
    assert lines[1:8] == text.splitlines()[3:10]


def test_numbered_items_stay_apart_and_a_sentence_ending_in_a_number_reads_on():
    text = ("Zambian soldiers exchanged fire with Zimbabwean police near the\n"
            "border post at Chirundu on Thursday, and officials in Lusaka said\n"
            "the number of people killed in the clashes had since risen to\n"
            "12. Police gave the dead by place and day on Friday, as follows:\n"
            "1. Chirundu market, Thursday night, seven traders and two officers\n"
            "2. Kariba road, Friday morning, three fishermen from the camps\n")
    lines = text.splitlines()
    assert _lines(text) == [" ".join(lines[:4])] + lines[4:] + [""]


def test_unwrapped_text_and_short_lines_are_kept_as_they_are():
    para = ("Zambian soldiers exchanged fire with Zimbabwean police near the border post at Chirundu "
            "on Thursday, killing two people, the district commissioner told reporters on Friday.")
    for text in (f"Fire at Chirundu\n\n{para}\n{para}\nBy Staff Reporter\n",
                 "Chirundu\nSiavonga\nKariba\nLusaka\n",
                 "Short paragraph one, which ends here.\nA second one of about the same length.\n" * 3):
        assert unwrap(text) == (text, [])


def test_a_headline_before_windows_line_ends_is_found():
    text = "Fire at the Chirundu crossing\r\n\r\nTwo people were killed on Thursday.\r\n"
    assert headline_span(text) == (0, len("Fire at the Chirundu crossing"))
