"""Generated inputs of the four kinds users hand geomap, and what must hold for each.

Shared by ``tests/test_fuzz_inputs.py`` (a few dozen examples per kind, in CI) and
``scripts/fuzz.py`` (thousands). The property is the same for every kind: geomap either
reads the input or refuses it with one of its own errors (GeomapError; on the command line
one line and exit status 2); never another exception (a traceback is a bug), and never a
partial output file: an output exists complete, or not at all, and no temporary file stays.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import strategies as st

from geomap.exceptions import GeomapError

#: Words that drive the reading deeper than random text would: places, events, numbers, dates, markup.
WORDS = ["Thailand", "Cambodia", "Surin", "Sisaket", "Kantharalak", "Preah Vihear", "Armenia", "Azerbaijan",
         "Jermuk", "Sudan", "South Sudan", "Abyei", "Kashmir", "Line of Control", "Mae Sot", "Goma", "border",
         "frontier", "shelling", "clashes", "clashed", "killed", "wounded", "displaced", "fled", "troops",
         "soldiers", "rockets", "artillery", "drone", "strike", "on", "Monday", "Thursday", "24 July 2025",
         "2025-07-24", "last week", "km", "25 km north of", "near", "in", "province", "district", "state",
         "12", "three", "1,200", "10,000", "at least", "people", "civilians", "temple", "village", "said", "were",
         "was", "the", "a", ".", ",", ";", ":", "\n", "\n\n", "'", '"', "(", ")", "<b>", "</p>", "<p>",
         "<script>alert(1)</script>", "&amp;", "#", "**", "- ", "http://example.org/x", "Thai", "Cambodian",
         "both sides", "ceasefire", "evacuated", "according to", "Reuters", "—", "…", "é", "ß", "中文", "🙂"]

_JSON_SCALARS = st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats() | st.text(max_size=12)
JSON_VALUES = st.recursive(_JSON_SCALARS, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)

ARTICLE_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=60).map(" ".join),
)

#: An article file's bytes: UTF-8, UTF-16 with a BOM, Latin-1, or anything.
ARTICLE_BYTES = st.one_of(
    ARTICLE_TEXT.map(lambda t: t.encode("utf-8")),
    ARTICLE_TEXT.map(lambda t: t.encode("utf-16")),
    ARTICLE_TEXT.map(lambda t: t.encode("latin-1", "replace")),
    st.binary(max_size=300),
)

_DATES = st.sampled_from(["2025-07-24", "2025-07-24T10:00:00Z", "2025-07-28garbage", "2025-02-30", "",
                          "24 July 2025", "9999-12-31", "0001-01-01"])
_RECORD = st.fixed_dictionaries({}, optional={
    "id": st.one_of(st.text(max_size=4), st.integers(0, 5), JSON_VALUES),
    "text": st.one_of(ARTICLE_TEXT, JSON_VALUES),
    "published": st.one_of(_DATES, JSON_VALUES),
    "title": st.one_of(st.text(max_size=30), JSON_VALUES),
    "source": st.one_of(st.text(max_size=30), JSON_VALUES),
    "format": st.one_of(st.sampled_from(["auto", "html", "md", "txt", "pdf"]), JSON_VALUES),
})
#: One line of a JSONL batch: a record (mostly), other JSON, or not JSON at all.
JSONL_LINE = st.one_of(_RECORD.map(json.dumps), _RECORD.map(json.dumps), JSON_VALUES.map(json.dumps),
                       st.text(max_size=40).map(lambda t: t.replace("\n", " ").replace("\r", " ")))
JSONL_LINES = st.lists(JSONL_LINE, min_size=1, max_size=4)

_NUMBERS = st.one_of(st.floats(-200, 200).map(str), st.integers(-200, 200).map(str),
                     st.sampled_from(["", "abc", "NaN", "inf", "-inf", "1e400", "14,52", " 14.5 ", "1.2.3", "−14"]))
_LAT = st.one_of(st.floats(-90, 90).map(str), st.floats(-90, 90).map(lambda f: f"{f:.4f}"), _NUMBERS)
_LON = st.one_of(st.floats(-180, 180).map(str), st.floats(-180, 180).map(lambda f: f"{f:.4f}"), _NUMBERS)
_CELL = st.one_of(st.text(max_size=20), _NUMBERS, st.sampled_from(["Battles", "Thailand", "Cambodia", "764",
                                                                   "2025-07-26", "26 July 2025", "[1, 2]", "{"]))
ACLED_FIELDS = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "country", "iso", "admin1",
                "location", "latitude", "longitude", "geo_precision", "fatalities", "notes", "source",
                "geometry_wkt", "date_text", "fatalities_text"]
_ACLED_ROW = st.fixed_dictionaries({"event_type": _CELL, "latitude": _LAT, "longitude": _LON},
                                   optional={k: _CELL for k in ACLED_FIELDS if k not in
                                             ("event_type", "latitude", "longitude")}
                                   | {"geometry_wkt": st.sampled_from(["POINT (103 14)", "LINESTRING (1 2, 3 4)",
                                                                       "POINT (", "junk", ""])})
#: ACLED CSV rows (header from the rows' columns) and the delimiter.
ACLED_ROWS = st.tuples(st.lists(_ACLED_ROW, min_size=1, max_size=5), st.sampled_from([",", ";", "\t"]))

_NAMES = st.sampled_from(["Fooville", "Ban Nong Chan", "Surin", "Ta Muen Thom", "O'Smach", "Zürich Nord", "Al-Qaim"])
_GAZ_ROW = st.fixed_dictionaries({"name": st.one_of(_NAMES, _NAMES, st.text(max_size=15)),
                                  "lat": _LAT, "lon": _LON},
                                 optional={"population": st.integers(0, 10**7).map(str)
                                                         | st.integers(0, 10**7).map(str) | _NUMBERS,
                                           "kind": st.one_of(st.text(max_size=8), st.sampled_from(
                                               ["temple", "city", "admin1", "water", "crossing"])),
                                           "alt_names": st.text(max_size=20), "iso2": st.text(max_size=3),
                                           "country": st.text(max_size=8), "admin1": st.text(max_size=8),
                                           "id": st.text(max_size=8)})
#: Rows of a user gazetteer CSV.
GAZETTEER_ROWS = st.lists(_GAZ_ROW, min_size=1, max_size=4)


# ---------------------------------------------------------------------------------- checks

class Outcome:
    """Counts of inputs read and refused (with geomap's own error), per kind."""

    def __init__(self) -> None:
        self.read = 0
        self.refused = 0


def _csv_text(rows: list[dict], delimiter: str = ",") -> str:
    fields = list(dict.fromkeys(k for r in rows for k in r))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, delimiter=delimiter, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


@contextlib.contextmanager
def _folder():
    with tempfile.TemporaryDirectory(prefix="geomap-fuzz-") as d:
        yield Path(d)


def _run_cli(argv: list[str]) -> tuple[int, str]:
    """``geomap ARGV`` in this process: (exit status, standard error)."""
    from geomap.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    return code, err.getvalue()


def _no_debris(folder: Path, keep: set[str]) -> None:
    left = {p.name for p in folder.iterdir()} - keep
    assert not left, f"left behind: {sorted(left)}"


def _refusal(code: int, err: str, out: Path) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("geomap: "), f"not a one-line error: {err!r}"
    assert not out.exists(), "an output was written although the command failed"


def check_article(data: bytes, outcome: Outcome | None = None) -> None:
    """``geomap extract FILE -o OUT.geojson`` on an article file's bytes."""
    with _folder() as d:
        src, out = d / "article.txt", d / "out.geojson"
        src.write_bytes(data)
        code, err = _run_cli(["extract", str(src), "-o", str(out), "--published", "2025-07-28", "--quiet"])
        if code == 2:
            _refusal(code, err, out)
        else:
            assert code in (0, 1), code
            fc = json.loads(out.read_text(encoding="utf-8"))
            assert fc["type"] == "FeatureCollection"
        _no_debris(d, {"article.txt", "out.geojson"})
    _count(outcome, code)


def check_jsonl(lines: list[str], outcome: Outcome | None = None) -> None:
    """``geomap extract BATCH.jsonl -o OUT.jsonl``: one output line per input line, in order."""
    with _folder() as d:
        src, out = d / "batch.jsonl", d / "out.jsonl"
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        code, err = _run_cli(["extract", str(src), "-o", str(out), "--no-cache", "--quiet"])
        if code == 2:
            _refusal(code, err, out)
        else:
            assert code in (0, 1), code
            expected = [raw for raw in src.read_bytes().split(b"\n") if raw.strip()]
            # split on newlines only: str.splitlines() also breaks at U+0085 and U+2028, legal inside JSON
            got = [json.loads(x) for x in out.read_text(encoding="utf-8").split("\n") if x]
            assert len(got) == len(expected), (len(got), len(expected))
            assert all(g.get("type") == "FeatureCollection" or "error" in g for g in got)
            assert (code == 1) == any("error" in g for g in got)
        _no_debris(d, {"batch.jsonl", "out.jsonl"})
    _count(outcome, code)


def check_acled(rows_and_delimiter: tuple[list[dict], str], outcome: Outcome | None = None) -> None:
    """``geomap extract EXPORT.csv -o OUT.geojson`` (ACLED rows converted to incidents)."""
    rows, delimiter = rows_and_delimiter
    with _folder() as d:
        src, out = d / "export.csv", d / "out.geojson"
        src.write_text(_csv_text(rows, delimiter), encoding="utf-8")
        code, err = _run_cli(["extract", str(src), "-o", str(out), "--quiet"])
        if code == 2:
            _refusal(code, err, out)
        else:
            assert code == 0, code
            fc = json.loads(out.read_text(encoding="utf-8"))
            assert all(f["properties"]["layer"] == "incident" for f in fc["features"])
            for f in fc["features"]:
                g = f["geometry"]
                if g and g["type"] == "Point":
                    lon, lat = g["coordinates"]
                    assert -180 <= lon <= 180 and -90 <= lat <= 90
        _no_debris(d, {"export.csv", "out.geojson"})
    _count(outcome, code)


def check_gazetteer(rows: list[dict], outcome: Outcome | None = None) -> None:
    """A user gazetteer CSV: read, added to the gazetteer, each name looked up; or refused."""
    from geomap.gazetteer import Gazetteer
    from geomap.gazetteer.user import read_user_entries

    with _folder() as d:
        src = d / "mine.csv"
        src.write_text(_csv_text(rows), encoding="utf-8")
        try:
            entries = read_user_entries(src)
            g = Gazetteer(extra_files=[src])
            for e in entries:
                assert -90 <= e.lat <= 90 and -180 <= e.lon <= 180 and e.population >= 0
                try:
                    found = g.lookup(e.name)
                except GeomapError:
                    continue  # a name with nothing to look up ("" once folded)
                assert any(x.gid == e.gid for x in found), f"{e.name!r} not found by its own name"
            code = 0
        except GeomapError as e:
            assert "\n" not in str(e), repr(str(e))
            code = 2
    _count(outcome, code)


def _count(outcome: Outcome | None, code: int) -> None:
    if outcome is not None:
        if code == 2:
            outcome.refused += 1
        else:
            outcome.read += 1


#: kind -> (strategy, check)
KINDS = {"article": (ARTICLE_BYTES, check_article), "jsonl": (JSONL_LINES, check_jsonl),
         "acled_csv": (ACLED_ROWS, check_acled), "gazetteer": (GAZETTEER_ROWS, check_gazetteer)}
