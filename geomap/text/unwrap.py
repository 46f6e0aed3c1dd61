"""Hard-wrapped text (wire copy, e-mail, PDF text: a newline inside a sentence every 60-80
columns) read as its unwrapped form, with every offset kept.

The sentence splitter ends a sentence at every newline, since headlines, datelines, list items and
one-paragraph-per-line text put their parts on lines of their own. In wrapped text that cuts a
trigger from its place or count on the next line. ``unwrap`` turns each newline that only wraps a
paragraph into a space (a Windows "\\r\\n" into two), so the text keeps its length and every
later offset indexes the original text too. A line wraps when the text is wrapped at all (at
least ``WRAP_MIN_FULL_LINES`` lines are *full*, the next line's first word not fitting on them
within the width most lines keep to, and cut inside a sentence) and the line is full itself, or
goes on in lower case. A title (a first line in title case or before a dateline or byline), a
list item (a bullet, "1.", or any numbered or dashed item once a list began: "...rose to\n12. The"
is prose), a "Name: figure" line, a table row, a lead-in ending with a colon, or a line followed
by an indented one stays apart. A word split at its hyphen ("cross-\\nborder") is joined whole: its second part
moves back over the line break, and ``original_offset`` maps offsets inside it back.
"""

from __future__ import annotations

import re

from geomap import settings

__all__ = ["unwrap", "original_offset"]

_LINE = re.compile(r"([^\r\n]*)(\r\n|\n|\r|$)")
# a list item: a bullet, "1." / "2)" / "(a)"
_BULLET = re.compile(r"[ \t]*(?:[*\u2022\u00b7\u25aa\u25cf\u25e6]|\d{1,2}[.)]|\([a-z0-9]\))[ \t]")
# a numbered item: a list's first ("1.", "(a)"), or any after a list began ("...rose to\n12. The" is prose)
_FIRST_ITEM = re.compile(r"[ \t]*(?:[*\u2022\u00b7\u25aa\u25cf\u25e6]|1[.)]|\((?:a|1)\))[ \t]")
_DASH_ITEM = re.compile(r"[ \t]*[-\u2013\u2014][ \t]")
# "Mandera county: 3,400" -- a listed figure on its own line
_NAME_FIGURE = re.compile(r"[ \t]*[A-Z][^:\n]{0,40}:[ \t]*\d")
# a table row: a tab, a pipe, or two gaps of several spaces inside the line
_TABLE = re.compile(r"\t|\||\S(?: {2,}\S+){2,}")
_ENDS_SENTENCE = re.compile(r"""[.!?]["'\u201d\u2019)\]]*$""")
# a first line that reads on: it ends with a comma or a word no title ends with, or opens with
# a dateline ("NAIROBI, Dec 4 (Reuters) -")
_READS_ON = re.compile(
    r"(?:,|\b(?:and|or|but|of|the|a|an|in|on|at|near|to|from|with|by|for|that|which|who|said|as|after|"
    r"before|into|across|along|than|their|its|his|her|were|was|had|have|has|is|are|been|about|some|"
    r"more|over|under|between)|\b\d[\d,.]*)$", re.I)
_DATELINE_OPENING = re.compile(r"[ \t]*[A-Z][A-Z'.\- ]{2,}(?:/[A-Z][A-Z'.\- ]+)*(?:,|[ \t]*\(|[ \t]*[\u2014\u2013]|[ \t]+-[ \t])")
_BYLINE = re.compile(r"[ \t]*By[ \t]+[A-Z]")
_HYPHENATED = re.compile(r"[^\W_]-$")


def _lines(text: str) -> list[tuple[int, str, str]]:
    """(start, content, line break) of each line."""
    out = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and out:
            break
        out.append((m.start(), m.group(1), m.group(2)))
        if not m.group(2):
            break
    return out


def _width(lengths: list[int]) -> int | None:
    """The width the text is wrapped at, a little under: the upper quartile of the lengths of the
    lines cut inside a sentence (a title left out), up to the longest wrap width
    (a longer line is a paragraph); None when they are too few or too short to be wrapped lines."""
    short = sorted(n for n in lengths if 0 < n <= settings.WRAP_MAX_WIDTH)
    if len(short) < settings.WRAP_MIN_FULL_LINES:
        return None
    width = short[(len(short) - 1) * 3 // 4]
    return width if width >= settings.WRAP_MIN_WIDTH else None


def _first_word(line: str) -> str:
    return line.split(None, 1)[0] if line.strip() else ""


def _full(line: str, after: str, width: int) -> bool:
    """Whether ``after``'s first word would not have fitted on ``line`` within ``width``."""
    n = len(line.rstrip())
    return n <= width + settings.WRAP_OVERSHOOT and n + 1 + len(_first_word(after)) > width - 1


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _stays_apart(line: str, after: str, first: bool, listing: bool) -> bool:
    """Whether the break between two non-blank lines is one the writer meant (``listing``: a
    list began earlier in the paragraph)."""
    body = line.rstrip()
    if (body.endswith(":") or _FIRST_ITEM.match(after) or _NAME_FIGURE.match(after) or _TABLE.search(body.strip())
            or _TABLE.search(after.strip())):
        return True
    item = _BULLET.match(line) or _DASH_ITEM.match(line)
    if (item or listing) and (_DASH_ITEM.match(after) or _BULLET.match(after)):
        return True  # the next item of a list
    if _indent(after) > _indent(line) and not (item or listing):
        return True  # an indented line opens a paragraph
    return first and _headline(line, after)


def _headline(line: str, after: str) -> bool:
    """Whether the text's first line is its title: in title case or before a dateline or byline,
    and not reading on."""
    body = line.rstrip()
    return (not after.lstrip()[:1].islower() and not _READS_ON.search(body) and not _HYPHENATED.search(body)
            and bool(_DATELINE_OPENING.match(after) or _BYLINE.match(after) or _title_cased(body)))


def _title_cased(line: str) -> bool:
    """A title's capitals: the line in capitals, or most of its longer words capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    return line.isupper() or bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _cut_inside(line: str, after: str) -> bool:
    """A line that may be cut inside a sentence: no sentence end, colon, list item or table row."""
    body = line.rstrip()
    return not (_ENDS_SENTENCE.search(body) or body.endswith(":") or _BULLET.match(line) or _DASH_ITEM.match(line)
                or _TABLE.search(body.strip()) or _TABLE.search(after.strip()))


def _reads_on(line: str, after: str) -> bool:
    """A line that goes on in lower case after no sentence end."""
    return after.lstrip()[:1].islower() and not _ENDS_SENTENCE.search(line.rstrip())


def unwrap(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """``text`` with the newlines that only wrap a paragraph made spaces, same length.

    Returns
    -------
    (str, list of (start, end, shift))
        The unwrapped text and, for each word joined over a hyphen break, the span of the
        unwrapped text whose characters stand ``shift`` later in ``text``.
    """
    if "\n" not in text and "\r" not in text:
        return text, []
    lines = _lines(text)
    pairs = [(i, lines[i], lines[i + 1]) for i in range(len(lines) - 1)
             if lines[i][2] and lines[i][1].strip() and lines[i + 1][1].strip()]
    first = next((i for i, (_, c, _) in enumerate(lines) if c.strip()), 0)
    width = _width([len(a[1].rstrip()) for i, a, b in pairs
                    if _cut_inside(a[1], b[1]) and not (i == first and _headline(a[1], b[1]))])
    if width is None:
        return text, []
    # the evidence: full lines cut inside a sentence (a paragraph per line ends its lines with one)
    full = sum(_full(a[1], b[1], width) and _cut_inside(a[1], b[1]) for _, a, b in pairs)
    if full < settings.WRAP_MIN_FULL_LINES or full < sum(len(c) > settings.WRAP_MAX_WIDTH for _, c, _ in lines):
        return text, []  # not wrapped, or mostly a paragraph per line
    chars, moves = list(text), []
    listing, last = False, -2
    for i, (start, line, brk), (nstart, after, _) in pairs:
        listing = listing and last == i - 1 or bool(_BULLET.match(line) or _DASH_ITEM.match(line)
                                                     or line.rstrip().endswith(":"))
        last = i
        if _stays_apart(line, after, i == first, listing) or not (_full(line, after, width) or _reads_on(line, after)):
            continue
        at = start + len(line)
        if _HYPHENATED.search(line) and after[:1].isalnum():
            word = len(re.match(r"[\w'-]*", after).group())
            chars[at:at + word + len(brk)] = list(after[:word]) + [" "] * len(brk)
            moves.append((at, at + word, len(brk)))
        else:
            chars[at:at + len(brk)] = [" "] * len(brk)
    return "".join(chars), moves


def original_offset(moves: list[tuple[int, int, int]], pos: int, *, end: bool = False) -> int:
    """The offset in the original text of ``pos`` in the unwrapped one (``end``: an exclusive end)."""
    for a, b, k in moves:
        if (a < pos <= b) if end else (a <= pos < b):
            return pos + k
    return pos
