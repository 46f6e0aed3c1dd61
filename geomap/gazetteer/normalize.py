"""Name keys: the one place that decides when two spellings are the same name.

``fold`` is exact up to accents, case and punctuation ("Otdâr Méanchey" -> "otdar meanchey").
``skeleton`` is looser and absorbs the transliteration variants news writers use
("Oddar Meanchey" / "Otdar Mean Chey", "Sisaket" / "Si Sa Ket", "Kharkov" / "Kharkiv" no;
only spelling noise, never different vowels in short names).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss",
                          "æ": "ae", "œ": "oe", "ʼ": "", "’": "", "‘": "", "'": "", "`": "", "ʻ": "",
                          ".": "", "ʹ": ""})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Ordered: longer patterns first. Each maps a spelling habit to one canonical letter; the
# third item is a letter every match holds (a name without it is left as it is, unsearched:
# the mention finder asks for thousands of skeletons per batch).
_SKELETON_RULES = [
    (re.compile(r"(.)\1+"), r"\1", ""),      # doubled letters: Oddar -> Odar
    (re.compile(r"td|dt"), "d", "d"),        # Otdar -> Odar
    (re.compile(r"kh"), "k", "h"),
    (re.compile(r"th"), "t", "h"),
    (re.compile(r"ph"), "p", "h"),
    (re.compile(r"dh"), "d", "h"),
    (re.compile(r"gh"), "g", "h"),
    (re.compile(r"ou|oo"), "u", "o"),
    (re.compile(r"ee|ey|ei"), "i", "e"),
    (re.compile(r"y"), "i", "y"),
    (re.compile(r"w"), "v", "w"),
    (re.compile(r"ck|q|c"), "k", ""),
    (re.compile(r"z"), "s", "z"),
    (re.compile(r"d"), "t", "d"),            # Batdambang -> Battambang
    (re.compile(r"(?<=[aeiou])h$"), "", "h"),  # Raqqah -> Raqqa
    (re.compile(r"(.)\1+"), r"\1", ""),
]


@lru_cache(maxsize=65536)  # a text names the same places again and again
def fold(name: str) -> str:
    """Accent-, case- and punctuation-insensitive key of a name."""
    s = name.lower().translate(_SPECIAL)
    if not s.isascii():  # (ASCII is its own NFKD form, with no combining marks)
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return _NON_ALNUM.sub(" ", s).strip()


@lru_cache(maxsize=16384)
def skeleton(name: str) -> str:
    """Transliteration-tolerant key: spaces dropped, spelling habits collapsed."""
    s = fold(name).replace(" ", "")
    for pattern, repl, letter in _SKELETON_RULES:
        if letter in s:  # ("" is in every string)
            s = pattern.sub(repl, s)
    return s


def is_latin(name: str) -> bool:
    """True when the folded name is plain ASCII letters (the names English news uses)."""
    f = fold(name)
    return bool(f) and f.isascii() and any(c.isalpha() for c in f)
