"""Articles in: text, Markdown, HTML or JSONL batches, decoded and checked.

Bad input fails here with a one-line InputError naming the problem (missing, empty,
binary, undecodable), before any output file is opened.
"""
from __future__ import annotations

import html
import json
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

from geomap.exceptions import InputError
from geomap.io.formats import article_kind

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Article:
    """One document to read: its text and what is known about it."""

    text: str
    id: str | None = None
    title: str | None = None
    source: str | None = None  # file name or URL
    published: date | None = None


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, paragraphs on their own lines; the <title> kept."""

    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "form"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "blockquote", "header", "figcaption", "dd", "dt"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        elif tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data)


def text_from_html(raw: str) -> tuple[str, str | None]:
    """(visible text, title) of an HTML document."""
    p = _TextExtractor()
    p.feed(raw)
    p.close()
    text = "".join(p.parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    text = "\n".join(ln for ln in lines if ln)
    title = html.unescape(" ".join("".join(p.title).split())) or None
    return text, title


def text_from_markdown(raw: str) -> str:
    """Markdown with its markup removed but its words and line structure kept."""
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", raw)  # images
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)  # links -> their text
    s = re.sub(r"^\s{0,3}#{1,6}\s*", "", s, flags=re.M)  # headings
    s = re.sub(r"(\*\*|__)(.+?)\1", r"\2", s)
    s = re.sub(r"(?<!\w)[*_](.+?)[*_](?!\w)", r"\1", s)
    s = re.sub(r"^\s*[-*+>]\s+", "", s, flags=re.M)
    s = re.sub(r"`([^`]*)`", r"\1", s)
    return s


#: Byte-order marks, longest first (UTF-32 LE begins like UTF-16 LE): text editors on
#: Windows save "Unicode" text as UTF-16 with a BOM, whose NUL bytes look binary.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode(data: bytes, name: str) -> str:
    """Text of a file's bytes (UTF-8, or UTF-16/32 with a byte-order mark): refuses binary
    and undecodable files."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(f"{name}: not {codec.upper()} text despite its byte-order mark "
                                 f"(byte {e.start + len(bom)})") from None
            if not text.strip():
                raise InputError(f"{name}: the file is empty")
            if "\x00" in text[:4096]:
                raise InputError(f"{name}: looks like a binary file, not text")
            return text
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not UTF-8 text (byte {e.start}: {data[e.start:e.start + 1]!r})") from None


#: YYYY-MM-DD, optionally an ISO time after it (batch records often carry timestamps);
#: anything else after the date ("2025-07-28garbage") is refused, not cut off.
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")


def parse_date(value, what: str = "--published") -> date | None:
    """A YYYY-MM-DD date (an ISO time after it is allowed and ignored), or None for empty values."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = _ISO_DATE.fullmatch(str(value).strip())
    try:
        if not m:
            raise ValueError
        return date.fromisoformat(m.group(1))
    except ValueError:
        raise InputError(f"bad {what} date {str(value)[:40]!r}: expected YYYY-MM-DD") from None


def article_from_text(text: str, *, id=None, title=None, source=None, published=None, kind="txt") -> Article:
    """An Article from text already in memory; ``kind`` is txt, md or html."""
    if kind == "html" or (kind == "auto" and re.search(r"<(html|body|p|div)\b", text[:2000], re.I)):
        text, html_title = text_from_html(text)
        title = title or html_title
    elif kind == "md":
        text = text_from_markdown(text)
    if not text.strip():
        raise InputError(f"{source or 'input'}: no text to read")
    if title is None:
        first = text.strip().split("\n", 1)[0].strip()
        title = first[:120] if len(first) < 200 else None
    return Article(text, id=id, title=title, source=source, published=parse_date(published))


def read_article(path: str | Path, *, published=None, title=None) -> Article:
    """Read one article file (.txt, .md, .html) or '-' for standard input."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{p}: no such file")
        if p.is_dir():
            raise InputError(f"{p}: is a folder, not an article")
        if p.stat().st_size > MAX_BYTES:
            raise InputError(f"{p}: larger than {MAX_BYTES // 2**20} MB, not an article")
        data, name = p.read_bytes(), str(p)
    text = decode(data, name)
    kind = article_kind(path)
    return article_from_text(text, title=title, source=Path(name).name if name != "standard input" else name,
                             published=published, kind=kind)


def read_batch(path: str | Path):
    """Yield (line number, Article or InputError) for each line of a JSONL batch.

    A bad line yields its error instead of stopping the batch.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    with open(p, "rb") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            doc_id = None
            try:
                line = decode(raw, f"{p.name} line {n}")
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise InputError(f"line {n}: expected a JSON object")
                doc_id = obj.get("id", n)
                if not isinstance(obj.get("text"), str) or not obj["text"].strip():
                    raise InputError(f"line {n}: no 'text'")
                yield n, doc_id, article_from_text(
                    obj["text"], id=doc_id, title=obj.get("title"), source=obj.get("source") or p.name,
                    published=obj.get("published"), kind=obj.get("format", "auto"))
            except InputError as e:
                yield n, doc_id if doc_id is not None else n, e
            except ValueError as e:
                yield n, n, InputError(f"line {n}: not JSON ({e.__class__.__name__}: {e})")
