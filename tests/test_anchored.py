"""geomap.text.anchored: a stated border length found by trying only the starts before each number
and unit is the match the patterns' whole-text searches gave (leftmost, first pattern on a tie)."""
from __future__ import annotations

import random

from geomap.text import border_length
from geomap.text.anchored import first_match
from geomap.text.border_length import stated_length_km

_PATTERNS = border_length._PATTERNS


def _searched(text: str):
    """What every pattern's search over the whole text gives: the leftmost, the first pattern on a tie."""
    hits = [m for m in (rx.search(text) for rx in _PATTERNS) if m]
    return min(hits, key=lambda m: m.start()) if hits else None


def _key(m):
    return None if m is None else (m.re.pattern, m.span(), m.groupdict())


def test_first_match_equals_searching_the_whole_text():
    rng = random.Random(21)
    fill = dict(n=["640", "1,250", "3.5", "12", "7,8", "1.000"], u=["km", "kilometres", "miles", "mi", "kms"],
                adj=["", "long ", "mountain ", "from ", "east ", "old, ", "de facto "],
                b=["border", "frontier", "boundary", "Line of Control", "LAC", "front line", "ceasefire line"],
                v=["stretches", "runs", "is", "spans", "measuring"], adv=["", "some ", "for about ", "more than "],
                p=["", " (400 miles)", " (2,000 km)", "(z", " (" + "q" * 45 + ")"],
                tail=["", " from", " away.", " inside", ". From", " wide", ",", " west of"],
                of=[" of", " is", ",", " that is", " was"], dash=["", "-", " - "], long=["", " long", "-long"])
    forms = ["{n} {u} {adj}{b}", "{b} {v} {adv}{n} {u}{p}{tail}", "{b}{of} {adv}{n}{dash}{u}{long}{p}{tail}",
             "{n}{dash}{u}{long}{p} {adj}{b}", "ruta 9 {adj}cerca, {n} {u}{tail}"]
    found = 0
    for _ in range(4000):
        parts = [rng.choice(forms).format(**{k: rng.choice(v) for k, v in fill.items()}) for _ in range(rng.randint(1, 4))]
        text = rng.choice(["", "The ", "x. ", "(", "Near the "]) + rng.choice([" ", ". ", "; ", "\n", " and ", " 5 "]).join(parts)
        want = _searched(text)
        found += want is not None
        assert _key(first_match(text, border_length._LENGTH_GATE, border_length._LENGTH_SEARCHES)) == _key(want), text
    assert found > 2000


def test_a_length_deep_in_a_long_text_is_found():
    filler = "Herders moved their cattle to the river at dawn, 3 km from the nearest well. " * 4000
    text = filler + "Patrols watch the 1,250-kilometre frontier between the two states. " + filler
    got = stated_length_km(text)
    assert got.value == 1250 and text[got.start:got.end] == got.text == "1,250-kilometre frontier"
    assert stated_length_km(filler) is None
