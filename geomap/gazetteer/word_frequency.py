"""How common a word is in English, Spanish or French (wordfreq's Zipf scale), without importing
wordfreq for plain words.

The reading steps ask whether a name is an ordinary English word ("Summer", "Centers") a few
times per article. wordfreq answers, but importing it and loading its English table costs a
cold ``geomap extract`` about 0.3 s, and each other language's table 0.1-0.2 s more (an
unlisted place's name must be rare in English, Spanish and French). So its answers for plain
lower-case words (Latin letters, accents included, and ASCII digits, one token each, whose Zipf
value depends only on the word's entry in wordfreq's table) are kept, with those entries, in a
small SQLite table per language in the user cache, made once per wordfreq installation (about
1 s each). A plain word missing from the table has frequency 0, as wordfreq says of any token
it lacks; a phrase of plain words (joined by spaces or hyphens) combines its words' frequencies
as wordfreq does (``_phrase_zipf``, the same arithmetic); a word with a run of digits ("ksh17",
"47s") is looked up with its runs as zeros and its frequency scaled as wordfreq's
``digit_freq`` does (``_digit_freq``: a year-shaped run or Benford's law), so the odd "AK-47s"
in a batch's first article does not import wordfreq (0.5 s). A word with apostrophes between
its letters ("o'leary", "côte d'ivoire") is split as wordfreq's tokenizer splits it (a French
elision, one or two letters and an apostrophe before a vowel or "h", is a token of its own;
"o'leary" and "jama'at" are one token each; a curly apostrophe never elides and is looked up
straight), and the table keeps wordfreq's apostrophe tokens too. Everything else (capitals,
digits beside an apostrophe, other scripts) goes to wordfreq itself. Anything wrong with the table (unwritable cache, damaged file) falls back
to wordfreq.
"""
from __future__ import annotations

import logging
import math
import os
import sqlite3
import re
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path

from geomap.gazetteer import word_tables

log = logging.getLogger(__name__)

__all__ = ["kept_word", "zipf"]

#: Bump when what the table holds changes.
FORMAT = "5"
#: the languages with a kept table; others go to wordfreq
LANGUAGES = ("en", "es", "fr")
#: which other tables go, and when: ``geomap.gazetteer.word_tables``
STALE_DAYS = word_tables.STALE_DAYS


def _plain_word(word: str) -> bool:
    """One token wordfreq reads as it is: Latin letters (accents too) and ASCII digits only,
    lower-case and composed already ("café", "toruń", "ksh17"; not "Café", "ß", "ﬁsh", "x²",
    "port-au-prince")."""
    return bool(word) and all((c.isalpha() and ord(c) < 0x250) or "0" <= c <= "9" for c in word) \
        and word == unicodedata.normalize("NFC", word).casefold()


def kept_word(word: str) -> bool:
    """Whether ``zipf`` answers ``word`` from the kept table, without importing wordfreq (0.3 s
    and 100 MB the first time): plain and apostrophe words, alone or joined by spaces or hyphens."""
    return all(_plain_word(w) or _apostrophe_word(w) for w in _HYPHEN_OR_SPACE.split(_CLOSING_STOP.sub(r"\1", word)))


def _apostrophe_word(word: str) -> bool:
    """Words of letters only joined by single apostrophes ("o'leary", "jama'at", "aujourd'hui"),
    which Unicode's word breaks keep as one token (a digit beside an apostrophe breaks)."""
    parts = _APOSTROPHE.split(word)
    return len(parts) > 1 and all(_plain_word(p) and p.isalpha() for p in parts)


_APOSTROPHE = re.compile("['\u2019]")
#: wordfreq's ``INITIAL_VOWEL_EXPR`` (lower case: the words are case-folded): the vowels and "h"
#: after which a token's first one or two letters and a straight apostrophe are an elision
_ELISION = re.compile(r"([^\W\d_]{1,2})'(?=[aehiouyáéíóúàèìòùâêîôûåïöœ])")


def _tokens(part: str) -> list[str]:
    """wordfreq's tokens of one space- and hyphen-free part: plain, or an apostrophe word split
    after each leading elision ("l'arc" -> "l", "arc"; "qu'il" -> "qu", "il"), curly
    apostrophes made straight."""
    if not _APOSTROPHE.search(part):
        return [part]
    tokens = []
    while (m := _ELISION.match(part)):
        tokens.append(m.group(1))
        part = part[m.end():]
    return [*tokens, part.replace("\u2019", "'")]


_HYPHEN_OR_SPACE = re.compile(r"[ -]")
#: (process id, language) -> its connection to the table (None: no table, ask wordfreq); a
#: forked child opens its own.
_open_tables: dict[tuple[int, str], sqlite3.Connection | None] = {}


def zipf(word: str, lang: str = "en") -> float:
    """``wordfreq.zipf_frequency(word, lang)``: 0 for unknown words, about 7 for "the"."""
    return _zipf(word, lang)


#: a word's one closing full stop ("st. louis", "mt. elgon"), which wordfreq's tokenizer drops as
#: punctuation; not the dots of "u.s." (one token to wordfreq, asked of wordfreq itself)
_CLOSING_STOP = re.compile(r"(?<![.\w])([^\W\d_]+)\.(?=[ -]|$)")


@lru_cache(maxsize=1 << 16)  # the reading steps ask about the same words in article after article
def _zipf(word: str, lang: str) -> float:
    if lang in LANGUAGES and kept_word(word):
        word = _CLOSING_STOP.sub(r"\1", word)
        table = _table(lang)
        if table is not None:
            parts = [t for w in _HYPHEN_OR_SPACE.split(word) for t in _tokens(w)]
            smashed = [_smash(part) for part in parts]
            try:
                found = [_word_row(table, lang, key) for key in smashed]
            except sqlite3.Error as exc:
                log.debug("English word table unreadable (%s); asking wordfreq", exc)
            else:
                if any(row is None for row in found):
                    return 0.0
                if len(found) == 1 and smashed[0] == parts[0]:
                    return found[0][0]
                return _phrase_zipf([frequency * (_digit_freq(part) if key != part else 1.0)
                                     for (_, frequency), key, part in zip(found, smashed, parts)])
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


#: (language, token) -> its table row (None: not in the table), for the tokens of every word and
#: phrase asked of ``_zipf``: a phrase's tokens ("south", "sudan") are asked alone too, and in
#: other phrases (a fifth of the table look-ups of a batch of news were asked before)
_rows_kept: dict[tuple[str, str], tuple[float, float] | None] = {}
_MOST_ROWS_KEPT = 1 << 16


def _word_row(table: sqlite3.Connection, lang: str, key: str) -> tuple[float, float] | None:
    """(zipf, frequency) of one token in the language's table, None when it lacks it."""
    row = _rows_kept.get((lang, key), _rows_kept)
    if row is _rows_kept:
        row = table.execute("SELECT zipf, frequency FROM words WHERE word = ?", (key,)).fetchone()
        if len(_rows_kept) >= _MOST_ROWS_KEPT:
            _rows_kept.clear()
        _rows_kept[lang, key] = row
    return row


def _phrase_zipf(frequencies: list[float]) -> float:
    """The Zipf value of a phrase whose tokens have these frequencies, computed as wordfreq
    3's ``zipf_frequency`` does (``1/f = 1/f1 + 1/f2 + ...``, three significant digits, the
    minimum of Zipf 0, then the Zipf scale rounded to hundredths)."""
    one_over_result = 0.0
    for frequency in frequencies:
        one_over_result += 1.0 / frequency
    frequency = max(1.0 / one_over_result, 10**0 / 1e9)
    leading_zeroes = math.floor(-math.log(frequency, 10))
    return round(math.log(round(frequency, leading_zeroes + 3), 10) + 9, 2)


#: what wordfreq's ``MULTI_DIGIT_RE`` (``\d[\d.,]+``) finds in a plain word: two digits or more
_DIGIT_RUN = re.compile(r"[0-9]{2,}")


def _smash(word: str) -> str:
    """wordfreq's ``smash_numbers``: each run of two digits or more as zeros ("ksh17" -> "ksh00")."""
    return _DIGIT_RUN.sub(_zeros, word)


def _zeros(run: re.Match) -> str:
    return "0" * len(run.group(0))


def _digit_freq(word: str) -> float:
    """wordfreq 3's ``digit_freq``: how likely these digit runs are among runs of their length
    (a four-digit run as a year, with a plateau 2019-2039, or as a number; others by Benford's law)."""
    freq = 1.0
    for run in _DIGIT_RUN.findall(word):
        if len(run) == 4:
            year = int(run)
            if year <= 2019:
                year_log_freq = -1.9185 - 0.0083 * (2019 - year)
            elif year <= 2019 + 20:
                year_log_freq = -1.9185
            else:
                year_log_freq = -1.9185 - 0.2 * (year - (2019 + 20))
            freq *= 10.0**year_log_freq + 0.1 * _benford(run)
        else:
            freq *= _benford(run)
    return freq


def _benford(run: str) -> float:
    return _BENFORD[int(run[0])] / 10 ** (len(run) - 1)


_BENFORD = [0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045]


def _table(lang: str = "en") -> sqlite3.Connection | None:
    pid = os.getpid()
    if (pid, lang) not in _open_tables:
        if any(k[0] != pid for k in _open_tables):
            _open_tables.clear()  # a fork: the parent's connections are not this process's
        _open_tables[pid, lang] = _open(lang)
    return _open_tables[pid, lang]


def _origin() -> Path | None:
    """wordfreq's ``__init__.py`` (None when wordfreq is not installed)."""
    import importlib.util

    try:
        return Path(importlib.util.find_spec("wordfreq").origin)
    except (AttributeError, ImportError, TypeError, ValueError):
        return None


def _stamp(lang: str) -> str | None:
    """wordfreq's installation (its code and the language's data, by size and time): an
    upgrade makes a new table. None when wordfreq is not installed."""
    origin = _origin()
    return None if origin is None else word_tables.stamp_of(origin, lang, FORMAT)


def _open(lang: str) -> sqlite3.Connection | None:
    from geomap import settings

    stamp = _stamp(lang)
    if stamp is None:
        return None
    path = word_tables.table_path(settings.cache_dir(), lang, stamp)
    try:
        if not path.exists():
            _build(path, lang)
        else:
            word_tables.mark_used(path, lang)
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except Exception as exc:  # an unwritable cache only costs each run wordfreq's import
        log.debug("no word table at %s (%s); asking wordfreq", path, exc)
        return None


def _build(path: Path, lang: str) -> None:
    """Write the table of wordfreq's Zipf values of its plain words of ``lang``."""
    from wordfreq import get_frequency_dict, zipf_frequency

    by_frequency: dict[float, float] = {}
    rows = []
    for word, frequency in get_frequency_dict(lang).items():
        if _plain_word(word) and _smash(word) == word:  # others are never looked up (digits as zeros)
            if frequency not in by_frequency:  # one wordfreq answer per frequency band
                by_frequency[frequency] = zipf_frequency(word, lang)
            rows.append((word, by_frequency[frequency], frequency))
        elif "'" in word and _apostrophe_word(word):  # a token "o'leary" (its value as one token)
            rows.append((word, _phrase_zipf([frequency]), frequency))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".wordfreq-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        with con:
            con.execute("CREATE TABLE words (word TEXT PRIMARY KEY, zipf REAL, frequency REAL) WITHOUT ROWID")
            con.executemany("INSERT INTO words VALUES (?, ?, ?)", rows)
            word_tables.record_maker(con, _origin(), FORMAT)
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    word_tables.prune(path, lang)  # tables no live installation can ask for
    log.debug("%s word table of %d words written to %s", lang, len(rows), path)
