"""What an input file is, told by its content as well as its extension.

A JSONL batch of articles, the JSONL a batch writes, an ACLED CSV, a GeoJSON file and an
article all reach the same commands (``geomap map``, ``geomap extract``, ``geomap.read``);
each must be read as what it is, or refused with one line, never read as another kind
(JSON text read as prose invents incidents from field names).

Content wins where it is unmistakable (a JSON object per line, a FeatureCollection, a CSV
header with ACLED's coordinate and event columns, a GeoPackage or Parquet signature);
otherwise the extension decides (:mod:`geomap.io.formats`), and the reader of that kind
refuses what it cannot read.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

from geomap.exceptions import InputError
from geomap.io import formats

__all__ = ["input_kind", "KINDS", "DATA_KINDS"]

#: Every kind of input, and what it is.
KINDS = {
    "article": "an article (text, Markdown or HTML)",
    "article_batch": "a JSONL batch of articles ({\"id\", \"text\", ...} per line)",
    "batch_output": "geomap batch output (one FeatureCollection or error per line)",
    "geojson": "a GeoJSON FeatureCollection",
    "acled_csv": "an ACLED-style CSV",
    "gpkg": "a GeoPackage",
    "parquet": "a GeoParquet file",
}
#: Kinds that hold layers already (read with ``geomap.read_file``), not articles to read.
DATA_KINDS = ("batch_output", "geojson", "acled_csv", "gpkg", "parquet")

_HEAD_BYTES = 256 * 1024
_LINES_TRIED = 20
_SUFFIX_KIND = {"geojson": "geojson", "csv": "acled_csv", "jsonl": "jsonl", "gpkg": "gpkg", "parquet": "parquet"}


def _head_text(head: bytes) -> str | None:
    """The start of a file as text for sniffing (None when it looks binary)."""
    from geomap.io.articles import _BOMS

    for bom, codec in _BOMS:
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore")
    if b"\x00" in head[:4096]:
        return None
    return head.decode("utf-8-sig", errors="replace")


def _json_line_kind(line: str) -> str | None:
    """``article_batch`` / ``batch_output`` for one JSONL line, ``other`` for other JSON, None for non-JSON."""
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return "other"
    if obj.get("type") == "FeatureCollection" or ("error" in obj and "text" not in obj):
        return "batch_output"
    if "text" in obj:
        return "article_batch"
    return "other"


def _jsonl_kind(text: str) -> str | None:
    """The kind of JSON lines (from the first lines that parse), None when no line is JSON."""
    seen = []
    for line in text.splitlines():
        if not line.strip():
            continue
        seen.append(_json_line_kind(line))
        if seen[-1] in ("article_batch", "batch_output") or len(seen) >= _LINES_TRIED:
            break
    found = [k for k in seen if k]
    if not found:
        return None
    return next((k for k in found if k != "other"), "other")


def _is_acled_header(line: str) -> bool:
    try:
        dialect = csv.Sniffer().sniff(line, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        header = {h.strip().strip('"').lower().lstrip("\ufeff") for h in next(csv.reader([line], dialect))}
    except (csv.Error, StopIteration):
        return False
    coords = {"latitude", "longitude"} <= header or "geometry_wkt" in header
    return coords and "event_type" in header


def input_kind(path: str | Path) -> str:
    """What the file at ``path`` is: one of :data:`KINDS` (``-``, standard input, is an article).

    Raises
    ------
    geomap.exceptions.InputError
        For a missing file or folder, and for a ``.jsonl`` whose lines are neither articles
        nor geomap output.
    """
    if str(path) == "-":
        return "article"
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder, not a file")
    sfx = formats.suffix(p)
    by_suffix = _SUFFIX_KIND.get(formats.DATA_FORMATS.get(sfx, ""), "article")
    try:
        with open(p, "rb") as f:
            head = f.read(_HEAD_BYTES)
    except OSError as e:
        raise InputError(f"{p}: cannot read ({e.strerror or e})") from None
    if head.startswith(b"SQLite format 3\x00"):
        return "gpkg"
    if head.startswith(b"PAR1"):
        return "parquet"
    text = _head_text(head)
    if text is not None and not text.strip():
        raise InputError(f"{p}: the file is empty")
    if text is None:  # binary: the reader of its suffix refuses it (or reads it, for GDAL formats)
        return "batch_output" if by_suffix == "jsonl" else by_suffix
    start = text.lstrip()
    if start.startswith("{"):
        lines = _jsonl_kind(text)
        if lines in ("article_batch", "batch_output"):
            n_lines = sum(1 for ln in text.splitlines() if ln.strip())
            if lines == "batch_output" and n_lines == 1 and by_suffix != "jsonl":
                return "geojson"  # one compact FeatureCollection
            return lines
        if by_suffix in ("geojson", "article") and (by_suffix == "geojson" or '"FeatureCollection"' in text[:4096]):
            return "geojson"  # a JSON document over several lines
    if by_suffix == "jsonl":
        lines = _jsonl_kind(text)
        if lines is None:
            raise InputError(f"{p}: not JSON lines (one JSON object per line)")
        if lines == "other":
            raise InputError(f"{p}: neither a batch of articles (a \"text\" field per line) "
                             f"nor geomap output (a FeatureCollection per line)")
        return lines
    first = start.split("\n", 1)[0]
    if by_suffix in ("article", "acled_csv") and _is_acled_header(first):
        return "acled_csv"
    return by_suffix
