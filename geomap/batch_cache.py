"""The per-document result cache both batch engines share (:mod:`geomap.batch`, and
:mod:`geomap.distributed` on a Dask cluster), and the form a result travels in.

A document's result is kept as :class:`DocText`: its FeatureCollection as compact JSON text
(``id`` first, as a batch's JSONL line has it) and the few counts a batch summary needs. A
worker process sends that text rather than the objects (one string pickles in microseconds;
a collection of hundreds of features takes the main process longer to unpickle and to encode
again than a worker takes to encode it once), and the same text is the cache entry and the
output line.

Each entry is one file named by a hash of everything the result depends on (the text, the
date, the id and title, geomap's code, the gazetteer and the user's data files), written
atomically by whichever process read the document, so workers on one machine share the
folder safely and a batch that was killed resumes by running it again. Entries are not
flushed to disk one by one (that costs milliseconds each, more than reading a cached
document): an entry lost in a power cut is only read again.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from geomap import settings
from geomap.io import atomic

log = logging.getLogger(__name__)

__all__ = ["DocText", "ResultCache", "cache_salt", "cache_key", "code_version"]

#: Bumped when the entries' form changes (2: the record text, then its counts on a second line).
CACHE_VERSION = "2"


@dataclass
class DocText:
    """One document's result: its collection as compact JSON (``id`` first) and its counts."""

    text: str
    n_places: int = 0
    n_incidents: int = 0
    #: Place features the gazetteer lacks (``in_gazetteer`` false), for the batch summary.
    unlisted: list = field(default_factory=list)

    @classmethod
    def of(cls, fc: dict, doc_id=None) -> "DocText":
        """The collection ``fc`` of the document ``doc_id`` (None: the collection's own id)."""
        doc_id = fc.get("id") if doc_id is None else doc_id
        record = fc if doc_id is None else {"id": doc_id, **{k: v for k, v in fc.items() if k != "id"}}
        n_places = n_incidents = 0
        unlisted = []
        for f in fc.get("features") or []:
            p = f.get("properties") or {}
            layer = p.get("layer")
            n_places += layer == "place"
            n_incidents += layer == "incident"
            if layer == "place" and p.get("in_gazetteer") is False:
                unlisted.append(f)
        return cls(json.dumps(record, ensure_ascii=False), n_places, n_incidents, unlisted)

    def collection(self) -> dict:
        return json.loads(self.text)

    def dumps(self) -> str:
        """The cache entry: the text, then the counts."""
        return self.text + "\n" + json.dumps([self.n_places, self.n_incidents, self.unlisted], ensure_ascii=False)

    @classmethod
    def loads(cls, entry: str) -> "DocText":
        text, _, counts = entry.partition("\n")
        n_places, n_incidents, unlisted = json.loads(counts)
        if not text.startswith("{"):
            raise ValueError("not a cached result")
        return cls(text, int(n_places), int(n_incidents), list(unlisted))


class ResultCache:
    """A folder of cached results for one set of code and data (``salt``)."""

    def __init__(self, folder: str | Path, salt: str | None = None) -> None:
        self.folder = Path(folder)
        self.salt = cache_salt() if salt is None else salt

    @classmethod
    def open(cls, folder: str | Path | None = None, salt: str | None = None) -> "ResultCache | None":
        """The cache in ``folder`` (default :func:`geomap.settings.batch_cache_dir`), or None
        (with a warning) when that folder cannot be made."""
        folder = Path(folder) if folder is not None else settings.batch_cache_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            log.warning("no batch cache at %s: %s", folder, e.strerror)
            return None
        return cls(folder, salt)

    def path(self, article, events: bool) -> Path:
        return self.folder / (cache_key(article, events, self.salt) + ".json")

    @staticmethod
    def load(path: Path | None) -> DocText | None:
        """The entry at ``path``, or None when there is none (or it cannot be read)."""
        if path is None:
            return None
        try:
            return DocText.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError):
            return None

    @staticmethod
    def store(path: Path | None, doc: DocText) -> None:
        if path is None:
            return
        try:
            atomic.write_text(path, doc.dumps(), mkdir=False, sync=False)
        except OSError as e:  # OutputError is one: a full disk costs the cache, not the batch
            log.warning("could not cache a result: %s", e)


def cache_salt() -> str:
    """What every cached result depends on, computed once per batch (the gazetteer fingerprint
    reads package metadata: a millisecond, as long as a cache hit itself)."""
    from geomap.gazetteer.build import source_fingerprint

    # the user's own gazetteer and boundary files change results too
    files = [*settings.user_gazetteer_files(), *(settings.boundary_file(k) for k in ("countries", "admin1", "disputed"))]
    stamps = [f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" if p.exists() else str(p) for p in files]
    return f"{CACHE_VERSION}:{code_version()}:{source_fingerprint()}:{stamps}:{settings.boundary_columns()}"


def cache_key(article, events: bool, salt: str | None = None) -> str:
    h = hashlib.sha256()
    for part in (cache_salt() if salt is None else salt, str(events), article.text,
                 str(article.published), str(article.title), str(article.id)):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


_CODE_VERSION: str | None = None


def code_version() -> str:
    """Hash of geomap's own source, so a changed rule invalidates cached results."""
    global _CODE_VERSION
    if _CODE_VERSION is None:
        h = hashlib.sha256()
        root = settings.PACKAGE_DIR
        for p in sorted(root.rglob("*")):
            if p.suffix in (".py", ".csv") and "__pycache__" not in p.parts:
                h.update(p.read_bytes())
        _CODE_VERSION = h.hexdigest()[:16]
    return _CODE_VERSION
