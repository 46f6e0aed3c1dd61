"""Where a streamed batch's results go, one document at a time, atomically.

JSONL lines are written as each document is done, to standard output or to a temporary
file beside the target that is moved into place when the batch ends (a killed batch leaves
no partial target; :mod:`geomap.io.atomic` does the moving). For the other formats the
collections are spooled to a temporary JSONL file and converted at the end: GeoJSON is
streamed from the spool feature by feature (the same bytes as the merged collection written
at once); GeoPackage and GeoParquet a chunk of rows at a time, and CSV (the incidents only)
a row at a time (:mod:`geomap.io.layer_stream`, the same layers and bytes as the in-memory
writers').
"""
from __future__ import annotations

import contextlib
import json
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

from geomap.io import atomic

__all__ = ["BatchOutput"]


class BatchOutput:
    """A context manager taking one outcome per document, in input order.

    Parameters
    ----------
    output : str or None
        The target file; None or ``-`` is standard output (JSONL only).
    fmt : str
        ``jsonl``, ``geojson``, ``gpkg``, ``parquet`` or ``csv``.

    Examples
    --------
    >>> with BatchOutput("out.jsonl", "jsonl") as out:  # doctest: +SKIP
    ...     out.add("doc1", fc)
    ...     out.add("doc2", "no 'text'")        # an error message
    """

    def __init__(self, output: str | None, fmt: str) -> None:
        self.output = None if output in (None, "", "-") else Path(output)
        self.fmt = fmt
        self._stack = contextlib.ExitStack()
        self._file: IO[str] | None = None
        self._spool: IO[str] | None = None

    def __enter__(self) -> "BatchOutput":
        if self.fmt == "jsonl":
            if self.output is None:
                self._file = sys.stdout
            else:
                tmp = self._stack.enter_context(atomic.atomic_path(self.output))
                self._file = self._stack.enter_context(open(tmp, "x", encoding="utf-8", newline=""))
        else:
            self._spool = self._stack.enter_context(
                tempfile.TemporaryFile("w+", encoding="utf-8", newline="", prefix="geomap-spool-"))
        return self

    def add(self, doc_id: Any, outcome: dict | str) -> None:
        """One document's FeatureCollection, or the message of the error that stopped it."""
        if isinstance(outcome, str):
            if self._file is not None:
                self._file.write(json.dumps({"id": doc_id, "error": outcome}, ensure_ascii=False) + "\n")
            return
        fc = {"id": doc_id, **{k: v for k, v in outcome.items() if k != "id"}}
        self.add_text(json.dumps(fc, ensure_ascii=False))

    def add_text(self, text: str) -> None:
        """One document's collection as compact JSON with its ``id`` first (its JSONL line),
        as the batch engine hands it over (:class:`geomap.batch_cache.DocText`)."""
        (self._file if self._file is not None else self._spool).write(text + "\n")

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            try:
                if self._file is sys.stdout:
                    sys.stdout.flush()
                elif self._spool is not None:
                    self._spool.flush()
                    self._convert()
            except BaseException:
                if not self._stack.__exit__(*sys.exc_info()):
                    raise
                return False
        # closes the file, then moves it into place, or removes it when the batch failed
        return bool(self._stack.__exit__(exc_type, exc, tb))

    # ------------------------------------------------------------------ other formats
    def _lines(self):
        self._spool.seek(0)
        yield from self._spool

    def _collections(self):
        for line in self._lines():
            yield json.loads(line)

    def _convert(self) -> None:
        if self.fmt == "geojson":
            self._geojson()
            return
        from geomap.io import layer_stream

        writer = {"gpkg": layer_stream.write_gpkg, "parquet": layer_stream.write_parquet,
                  "csv": layer_stream.write_csv}[self.fmt]
        writer(self._lines, self.output)

    def _geojson(self) -> None:
        """The merged collection (:func:`geomap.layers.merge` with ``documents``), streamed
        from the spool: titles and sources on a first pass, features on a second."""
        from geomap.layers import document_label

        title, sources = None, {}
        for fc in self._collections():
            title = title or fc.get("title")
            if fc.get("source"):
                sources.setdefault(fc["source"], None)
        head: dict[str, Any] = {"type": "FeatureCollection"}
        if title:
            head["title"] = title
        if len(sources) == 1:
            head["source"] = next(iter(sources))
        elif sources:
            head["sources"] = list(sources)
        head["features"] = []
        text = json.dumps(head, ensure_ascii=False, indent=1)
        assert text.endswith('"features": []\n}')
        with atomic.atomic_path(self.output) as tmp, open(tmp, "x", encoding="utf-8", newline="") as f:
            f.write(text[:-len("[]\n}")] + "[")
            first = True
            for i, fc in enumerate(self._collections()):
                for feat in fc.get("features") or []:
                    feat = {**feat, "properties": {"document": document_label(fc, i), **(feat.get("properties") or {})}}
                    body = json.dumps(feat, ensure_ascii=False, indent=1).replace("\n", "\n  ")
                    f.write(("\n  " if first else ",\n  ") + body)
                    first = False
            f.write("]\n}\n" if first else "\n ]\n}\n")
