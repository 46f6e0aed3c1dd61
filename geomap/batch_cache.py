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
document): an entry lost in a power cut is only read again. An entry's mtime is when it was
last used (a hit sets it): :mod:`geomap.batch_prune` removes the long unused ones.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
from collections import OrderedDict
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
        return cls(dumps_record(record), n_places, n_incidents, unlisted)

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


# ---------------------------------------------------------------------- encoding a result

#: Stands for a geometry in a record while it is encoded; its JSON text is put in afterwards.
#: The random part makes it impossible for a document's own text to hold it.
_TOKEN = f"\x00geomap-geometry-{secrets.token_hex(8)}-"
#: id(geometry) -> (the geometry, its coordinates, its JSON text), most recently used last.
_GEOMETRY_TEXT: "OrderedDict[int, tuple[dict, object, str]]" = OrderedDict()
_GEOMETRY_CHARS = [0]  # characters of text kept in _GEOMETRY_TEXT


def dumps_record(record: dict) -> str:
    """``json.dumps(record, ensure_ascii=False)``, with the text of each line or area geometry
    encoded once and reused while the same geometry object comes back.

    The reading keeps a frontier line or a province's outline as one object and hands the
    same object to every article about it (a frontier line holds thousands of coordinates,
    most of a batch's output and of its encoding time: a float is the costliest value to
    encode). Such a geometry's text is kept (the most recent, up to
    ``settings.BATCH_GEOMETRY_CHARS`` characters in all; each entry holds its object, so its id
    names it while kept) and spliced into the record's text.
    The bytes are those of encoding the whole record at once.
    """
    features = record.get("features")
    if not isinstance(features, list):
        return json.dumps(record, ensure_ascii=False)
    texts: list[str] = []
    copied = None
    for i, f in enumerate(features):
        g = f.get("geometry") if isinstance(f, dict) else None
        if not isinstance(g, dict) or g.get("type") == "Point" or not isinstance(g.get("coordinates"), list):
            continue
        if copied is None:
            copied = list(features)
        copied[i] = {**f, "geometry": f"{_TOKEN}{len(texts)}"}
        texts.append(_geometry_text(g))
    if copied is None:
        return json.dumps(record, ensure_ascii=False)
    out = json.dumps({**record, "features": copied}, ensure_ascii=False)
    parts = out.split(json.dumps(_TOKEN, ensure_ascii=False)[:-1])
    if len(parts) != len(texts) + 1:  # cannot happen (the token is random); encoded whole to be sure
        return json.dumps(record, ensure_ascii=False)
    chunks = [parts[0]]
    for n, (text, part) in enumerate(zip(texts, parts[1:])):
        index, rest = part.split('"', 1)
        if index != str(n):
            return json.dumps(record, ensure_ascii=False)
        chunks += [text, rest]
    return "".join(chunks)


def _geometry_text(g: dict) -> str:
    """The JSON text of a geometry, from the memo when it is the very object seen before
    (with the same coordinates object: a geometry given new coordinates is encoded again)."""
    key = id(g)
    hit = _GEOMETRY_TEXT.get(key)
    if hit is not None and hit[0] is g and hit[1] is g.get("coordinates"):
        _GEOMETRY_TEXT.move_to_end(key)
        return hit[2]
    text = json.dumps(g, ensure_ascii=False)
    if settings.BATCH_GEOMETRY_MIN_CHARS <= len(text) <= settings.BATCH_GEOMETRY_CHARS:
        if hit is not None:  # another object under a reused id, or new coordinates
            _GEOMETRY_CHARS[0] -= len(_GEOMETRY_TEXT.pop(key)[2])
        _GEOMETRY_TEXT[key] = (g, g.get("coordinates"), text)
        _GEOMETRY_CHARS[0] += len(text)
        while _GEOMETRY_CHARS[0] > settings.BATCH_GEOMETRY_CHARS:
            _GEOMETRY_CHARS[0] -= len(_GEOMETRY_TEXT.popitem(last=False)[1][2])
    return text


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
    def load(path: Path | None, used_since: float | None = None) -> DocText | None:
        """The entry at ``path``, or None when there is none (or it cannot be read). With
        ``used_since`` (a time), an entry last used before it is marked used now (its mtime,
        which :mod:`geomap.batch_prune` reads)."""
        if path is None:
            return None
        try:
            with open(path, encoding="utf-8") as f:
                doc = DocText.loads(f.read())
                old = used_since is not None and os.fstat(f.fileno()).st_mtime < used_since
        except (OSError, ValueError, TypeError):
            return None
        if old:
            with contextlib.suppress(OSError):  # a read-only cache
                os.utime(path)
        return doc

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
