"""Names written in capitals as a style: a dateline ("SAN ANDRÉS ISLAND -"), a headline in capitals
("AMBUSH ON ANBAR HIGHWAY KILLS THREE DRIVERS") or a region slug ("NAMIBIA:", "NORTHERN NAMIBIA /
SOUTHERN ANGOLA") writes its places in capitals. The mention rules read a word in capitals as an
acronym and a run of capitals as one name, so such a line lost its places after its first word. This
step gives the mention step the same text with those runs in title case ("San Andrés Island", "Ambush
on Anbar Highway"), of the same length so that every offset holds; the acronyms of bodies (UN, NATO,
OCHA) and short words stay in capitals, as they were."""
from __future__ import annotations

import re

__all__ = ["title_cased_capitals", "BODY_ACRONYMS"]

#: acronyms of bodies, agencies and armed groups written in capitals: never a place, whatever the
#: gazetteer holds under their letters
BODY_ACRONYMS = frozenset(
    "UN UNHCR UNICEF UNDP UNFPA UNOCHA OCHA IOM WFP WHO ICRC IFRC MSF NRC IRC NATO OTAN EU AU ECOWAS CEDEAO "
    "SADC IGAD EAC ASEAN OSCE OPEC CARICOM MERCOSUR UNASUR CELAC ECCAS CEMAC UNAMA UNAMI UNMISS MONUSCO MINUSMA "
    "MINUSCA UNIFIL UNDOF UNFICYP AMISOM ATMIS FRONTEX INTERPOL EUROPOL ACLED HRW AFP AP UPI REUTERS XINHUA BBC CNN "
    "FARC ELN FARDC RSF SAF SPLA SPLM ISIS ISIL ISWAP JNIM PKK YPG SDF IDF FSB KGB CIA FBI DEA ICE CBP NGO NGOS "
    "HQ".split())
#: words of a headline written small in title case (not its first word)
_SMALL_WORDS = frozenset("of on in at to the and for by a an as or from near with into over after amid across "
                         "along between off".split())
#: short words that are parts of place names ("SAN ANDRÉS", "EL PASO", "AL QAIM", "LA GUAJIRA")
_NAME_PARTS = frozenset("san el al la le las los les de del du da das dos di ben bin abu umm ain bir bab tel wad "
                        "oum sao são st ste mt".split())
_LINE_HEAD = re.compile(r"^[ \t]*(?P<run>[^\n]*)", re.M)
#: what closes a dateline or a slug: a dash, a colon, a comma or a bracket after the run
_CLOSER = re.compile(r"[ \t]*(?:—|–|--|-(?=[ \t])|:|,|\()")
_WORD = re.compile(r"\S+")
_DASHES = frozenset(("—", "–", "-", "--"))


def _written_small(word: str) -> bool:
    return any(c.islower() for c in word)


def _counts(core: str) -> bool:
    """A word in capitals that may be a name's (not a body's acronym, a number or a short code)."""
    letters = [c for c in core if c.isalpha()]
    return len(letters) >= 4 and core.upper() not in BODY_ACRONYMS and not any(c.isdigit() for c in core)


def _title_word(word: str, first: bool) -> str:
    """``word`` (in capitals) in title case, of the same length; acronyms and short codes as they are."""
    core = word.strip("\"'’“”()[],.;:!?/")
    low = core.lower()
    if not first and low in _SMALL_WORDS:
        new = low
    elif low in _NAME_PARTS:
        new = core[:1] + low[1:]
    elif not _counts(core) and not ("-" in core or "'" in core or "’" in core):
        return word
    elif core.upper() in BODY_ACRONYMS:
        return word
    else:  # "AL-ANBAR" -> "Al-Anbar", "CÔTE D'IVOIRE" -> "Côte D'Ivoire", "KYIV/LVIV" -> "Kyiv/Lviv"
        new = "".join(c if k == 0 or not (core[k - 1].isalpha() or core[k - 1] in "'’") or (k == 2 and core[1] in "'’")
                      or len(c.lower()) != 1 else c.lower() for k, c in enumerate(core))
    if len(new) != len(core):
        return word
    i = word.index(core) if core else 0
    return word[:i] + new + word[i + len(core):]


def _run_in_capitals(line: str) -> tuple[int, bool] | None:
    """End of the run of words in capitals that opens ``line``, and whether the line ends with it or a
    dateline's or slug's mark (a dash, comma, colon or bracket) closes it; None when it holds no name."""
    end, names, last = 0, 0, ""
    for m in _WORD.finditer(line):
        word = m.group()
        if _written_small(word):
            break
        end, last = m.end(), word
        names += _counts(word.strip("\"'’“”()[],.;:!?/"))
    else:
        return (end, True) if names else None  # the whole line: a headline or a slug
    if names == 0:
        return None
    return end, last in _DASHES or last[-1] in ",:" or bool(_CLOSER.match(line, end))


def title_cased_capitals(text: str) -> str:
    """``text`` with each line-opening run in capitals that is a headline (a whole line, or two names'
    words and more), a dateline or a slug (a run closed by a dash, colon, comma or bracket) in title case."""
    out = list(text)
    changed = False
    for m in _LINE_HEAD.finditer(text):
        line = m.group("run")
        found = _run_in_capitals(line)
        if found is None:
            continue
        end, closed = found
        words = list(_WORD.finditer(line[:end]))
        if not closed and sum(_counts(w.group()) for w in words) < 2:
            continue  # ("KABUL officials said": one word in capitals opening a sentence)
        base = m.start("run")
        for k, w in enumerate(words):
            new = _title_word(w.group(), k == 0)
            if new != w.group():
                out[base + w.start():base + w.end()] = new
                changed = True
    return "".join(out) if changed else text
