"""Tokens with offsets into the article: the unit the mention finder reads.

Regex-based on purpose: spaCy's blank English tokenizer gives the same word spans here but
costs a second of import time, and `geomap extract` must start in under two.
"""
from __future__ import annotations

import re
import threading

# A token: a word with inner hyphens/apostrophes ("Nagorno-Karabakh", "al-Hawa",
# "Kharkivs'ka"), a dotted acronym ("U.S.", "U.A.E."), or an abbreviated head of a place name
# with its full stop ("St. Louis", "Mt. Elgon", "Sault Ste. Marie"): without the stop in the token
# the name's words are not joined and the name was lost at the stop.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|(?:St|Ste|Sta|Mt|Ft)\.(?=[ \u00a0][A-Z\u00c0-\u024f])|\w+(?:[-‐'’]\w+)*",
                    re.UNICODE)


_memo = threading.local()  # the article last tokenized: (text, {(start, end): tokens}, {what: answer})

# the Arabic article as written before each letter it assimilates to ("Deir ez-Zor", "Hodh ech-Chargui")
_PARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "es", "ed", "er", "et", "en", "esh",
              "ech", "ul", "ud", "ur", "us", "adh", "ath")


def _is_cap(t: str) -> bool:
    """Capitalised as names are ("Kharkiv", "U.S.", "al-Hawa")."""
    if t[0].isupper():
        return True
    # "al-Hawa", "el-Fasher": a lowercase particle joined to a capitalised name
    if "-" in t and t.split("-", 1)[1][:1].isupper() and t.split("-", 1)[0] in _PARTICLES:
        return True
    # "Côte d'Ivoire", "Val d’Aosta": an elided French or Italian article before a capital
    head, apostrophe, rest = t.replace("’", "'").partition("'")
    return bool(apostrophe) and head in _ELIDED and rest[:1].isupper()


_ELIDED = ("d", "l", "dell", "dall", "sull", "nell")


class Token:
    """A word of the article and where it stands (``text[start:end] == token.text``).

    A plain class with slots, ``is_cap`` worked out once when made: the mention rules ask it
    about ten times per token, and a frozen dataclass with a cached property spent more time
    making and asking tokens than the rules spent reading them."""

    __slots__ = ("text", "start", "end", "is_cap")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.is_cap = text[0].isupper() or (("-" in text or text[1:2] in ("'", "’")) and _is_cap(text))  # (most: no call)

    def __eq__(self, other) -> bool:
        return type(other) is Token and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start!r}, end={self.end!r})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Word tokens of ``text[start:end]`` with offsets into ``text``; possessives split off.

    The mention finder, the spelling step and the place cues each read every sentence of an
    article: the tokens of the article last asked about are kept (per thread) and handed out
    again, as a tuple since they are shared."""
    end = len(text) if end is None else end
    memo = getattr(_memo, "article", None)
    if memo is None or memo[0] is not text:
        memo = _memo.article = (text, {}, {})
    got = memo[1].get((start, end))
    if got is None:
        got = memo[1][(start, end)] = tuple(_tokenize(text, start, end))
    return got


def tokens_apart(text: str) -> tuple[Token, ...]:
    """Word tokens of a short text read on its own (a sentence's text, not the article): worked out
    without displacing the article's kept tokens, which the mention, spelling and cue steps share
    (a step between them reading sentence texts made a 1 MB article tokenised twice)."""
    return tuple(_tokenize(text, 0, len(text)))


def words_apart(text: str) -> tuple[str, ...]:
    """The texts of ``tokens_apart(text)``, without making tokens: a step that only asks which
    words a sentence holds (its peoples, "Serbian police") read every sentence a second time,
    and making the tokens was most of that."""
    words = _TOKEN.findall(text)
    if "'" not in text and "’" not in text:  # (no possessive to split off)
        return tuple(words)
    out = []
    for word in words:
        if word[-1] == "s" and len(word) > 2 and word[-2] in "'’":
            out += (word[:-2], word[-2:])
        else:
            out.append(word)
    return tuple(out)


def is_capitalised(word: str) -> bool:
    """``Token(word, ...).is_cap``, asked of a bare word (``words_apart``)."""
    return word[0].isupper() or (("-" in word or word[1:2] in ("'", "’")) and _is_cap(word))


def capitalised(text: str, start: int = 0, end: int | None = None) -> tuple[int, ...]:
    """Indexes of the capitalised tokens of ``tokenize(text, start, end)``, kept with them: the
    rules that start only from names (a quarter of the words) loop over these, not every word."""
    end = len(text) if end is None else end
    memo = article_memo(text)
    got = memo.get(("capitalised", start, end))
    if got is None:
        got = memo["capitalised", start, end] = tuple([k for k, t in enumerate(tokenize(text, start, end)) if t.is_cap])
    return got


def article_memo(text: str) -> dict:
    """A dict kept with the tokens of ``text`` while it is the article last read (per thread):
    for answers that two reading steps ask of the same article (its place cues), worked out once.
    Keys name what is kept and what it was asked of; the answers kept must be immutable."""
    memo = getattr(_memo, "article", None)
    if memo is None or memo[0] is not text:
        memo = _memo.article = (text, {}, {})
    return memo[2]


def _tokenize(text: str, start: int, end: int) -> list[Token]:
    out = []
    append = out.append
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        s = m.start()
        e = s + len(word)
        if word[-1] == "s" and e - s > 2 and word[-2] in "'’":
            append(Token(word[:-2], s, e - 2))
            append(Token(word[-2:], e - 2, e))
        else:
            append(Token(word, s, e))
    return out


def joined(text: str, a: Token, b: Token) -> bool:
    """True when only spaces separate two tokens (no punctuation, no line break)."""
    gap = text[a.end:b.start]
    return gap == " " or (gap.strip() == "" and "\n" not in gap and len(gap) <= 2)


def joined_or_dot(text, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    return gap in (" ", ". ", ".")


def opens_clause(text: str, toks: list[Token], i: int) -> bool:
    """A token that starts its sentence or a quotation, where capitals say nothing."""
    if i == 0:
        return True
    gap = text[toks[i - 1].end:toks[i].start]
    return '"' in gap or "“" in gap or "‘" in gap or gap.strip().endswith((":", "("))
