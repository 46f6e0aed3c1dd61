"""Name lookup over the gazetteer index, plus the user's own entries held in memory.

``demonym_country``, ``_demonyms`` and ``haversine_km`` are re-exported from
``countries`` and ``geometry`` for older callers.
"""
from __future__ import annotations

import contextlib
import logging
import math
import sqlite3
from dataclasses import replace
from pathlib import Path

from geomap import settings
from geomap.exceptions import DataError, InputError
from geomap.gazetteer.build import ensure_index, rebuild_damaged
from geomap.gazetteer.countries import demonym_country
from geomap.gazetteer.countries import demonyms as _demonyms
from geomap.gazetteer.entry import GazetteerEntry, NameHit
from geomap.gazetteer.geometry import haversine_km
from geomap.gazetteer.normalize import fold, skeleton
from geomap.gazetteer.keyfilter import KeyFilter
from geomap.gazetteer.memo import make_room
from geomap.gazetteer.spellings import CountryNames
from geomap.gazetteer.user import read_user_entries

log = logging.getLogger(__name__)

__all__ = ["Gazetteer", "GazetteerEntry", "NameHit", "demonym_country", "get_gazetteer", "haversine_km"]

_COLS = "e.gid, e.name, e.lat, e.lon, e.place_type, e.feature, e.iso2, e.iso3, e.admin1, e.population, e.alt_names"


def _entry(row) -> GazetteerEntry:
    *head, alts = row
    return GazetteerEntry(*head, alt_names=tuple(filter(None, (alts or "").split("|"))))  # (a country has hundreds)



def _near(matcher, other: str, threshold: float) -> bool:
    """Whether ``other`` is spelt nearly like the matcher's second sequence (cheap bounds first)."""
    matcher.set_seq1(other)
    return matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold

class Gazetteer:
    """Offline gazetteer: GeoNames cities500 and countries, Natural Earth admin-1, landmarks.

    Parameters
    ----------
    path : path of a built index; default: the user cache, built on first use.
    extra_files : CSV or GeoJSON files of the user's own places (see ``geomap.gazetteer.user``);
        default: the files named in ``GEOMAP_GAZETTEER``.
    """

    def __init__(self, path: str | Path | None = None, *, extra_files=None) -> None:
        self._own_index = not path  # geomap's cache: rebuilt when found damaged
        self.path = Path(path) if path else ensure_index()
        self._connect()
        self._user: dict[str, list[NameHit]] = {}
        self._user_skel: dict[str, list[NameHit]] = {}
        files = settings.user_gazetteer_files() if extra_files is None else list(extra_files)
        for f in files:
            for e in read_user_entries(f):
                self.add(e)
        self._cache: dict[str, tuple[NameHit, ...]] = {}
        self._skel_cache: dict[str, tuple[NameHit, ...]] = {}
        self._admin1_skeletons: dict | None = None
        self._admin1_skeletons_of: dict[tuple[str, str], list[str]] = {}
        self._near_within: dict[tuple[str, frozenset], bool] = {}
        self._similar_cache: dict[str, tuple[NameHit, ...]] = {}

    # -- the index ------------------------------------------------------------------------
    def _connect(self) -> None:
        st = self.path.stat() if self.path.exists() else None
        self._opened = (st.st_ino, st.st_mtime_ns) if st else (0, 0)
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    def _rows(self, sql: str, params: tuple = ()) -> list:
        """All rows of a query; a damaged index (a disk fault, a killed copy) is rebuilt once
        and the query asked again, instead of failing every later command."""
        try:
            return self._con.execute(sql, params).fetchall()
        except sqlite3.ProgrammingError:
            raise
        except sqlite3.DatabaseError as e:
            self._recover(e)
            try:
                return self._con.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as again:
                raise DataError(f"the gazetteer index {self.path} is unreadable ({again})") from None

    def _row(self, sql: str, params: tuple = ()):
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _recover(self, error: sqlite3.DatabaseError) -> None:
        if not self._own_index:
            raise DataError(f"the gazetteer index {self.path} is damaged ({error}); "
                            f"delete it or build it again") from None
        with contextlib.suppress(sqlite3.Error):
            self._con.close()
        rebuild_damaged(self.path, self._opened, str(error))
        self._connect()
        self._cache = {}
        self._skel_cache = {}
        self._admin1_skeletons = None
        self._similar_cache = {}
        self.__dict__.pop("_names_in", None)
        self.__dict__.pop("_spellings_in", None)
        self.__dict__.pop("_filters", None)

    # -- building -------------------------------------------------------------------------
    def add(self, entry: GazetteerEntry) -> None:
        """Add one entry (kept in memory, ahead of the index) under its name and alternates."""
        if entry.iso2 and not entry.iso3:
            row = self._row("SELECT iso3 FROM entries WHERE iso2 = ? AND place_type = 'country'",
                            (entry.iso2,))
            if row:
                entry = replace(entry, iso3=row[0])
        for i, n in enumerate([entry.name, *entry.alt_names]):
            hit = NameHit(entry, 0.0, i == 0)
            self._user.setdefault(fold(n), []).append(hit)
            self._user_skel.setdefault(skeleton(n), []).append(hit)
        self._cache = {}
        self._skel_cache: dict[str, tuple[NameHit, ...]] = {}

    def _filter(self, kind: str) -> KeyFilter:
        """The index's Bloom filter of name keys ("key") or skeletons ("skel"), read once."""
        filters = self.__dict__.setdefault("_filters", {})
        if kind not in filters:
            row = self._row("SELECT bits FROM keyfilters WHERE kind = ?", (kind,))
            filters[kind] = KeyFilter(row[0])
        return filters[kind]

    # -- lookups --------------------------------------------------------------------------
    def hits(self, key: str) -> tuple[NameHit, ...]:
        """Entries whose folded name is exactly ``key`` (already folded)."""
        got = self._cache.get(key)
        if got is None:
            rows = self._rows(
                f"SELECT {_COLS}, n.zipf, n.is_primary FROM names n JOIN entries e ON e.id = n.entry "
                "WHERE n.key = ?", (key,)) if self._filter("key").may_hold(key) else []
            got = tuple(self._user.get(key, ())) + tuple(
                NameHit(_entry(r[:-2]), r[-2], r[-1] == 1, r[-1] != 0) for r in rows)
            make_room(self._cache, settings.NAME_HITS_KEPT)
            self._cache[key] = got
        return got

    def skeleton_hits(self, name: str, *, min_length: int = 5) -> tuple[NameHit, ...]:
        """Entries whose name differs from ``name`` only by transliteration habits."""
        sk = skeleton(name)
        if len(sk) < min_length:  # short names collide too easily
            return ()
        got = self._skel_cache.get(sk)
        if got is None:
            rows = self._rows(
                f"SELECT {_COLS}, n.zipf, n.is_primary FROM names n JOIN entries e ON e.id = n.entry "
                "WHERE n.skel = ?", (sk,)) if self._filter("skel").may_hold(sk) else []
            got = tuple(self._user_skel.get(sk, ())) + tuple(
                NameHit(_entry(r[:-2]), r[-2], r[-1] == 1, r[-1] != 0) for r in rows)
            make_room(self._skel_cache, settings.NAME_HITS_KEPT)
            self._skel_cache[sk] = got
        return got

    def similar_admin1(self, name: str, *, threshold: float = 0.85,
                       within: frozenset[str] | None = None) -> tuple[NameHit, ...]:
        """First-level units whose name is spelt nearly like ``name`` ("Gedaref" ~ "Gedarif").

        Only for names the text marks as administrative ("X state"): a loose match anywhere
        else would turn ordinary words into provinces. With ``within`` (ISO2 codes), () at once
        unless a unit of those countries is spelt so: a cheap first look for a caller that keeps
        only those countries' units (the answer is otherwise the same world-wide best match).
        """
        from difflib import SequenceMatcher

        if self._admin1_skeletons is None:
            by_letter: dict[str, list[tuple[str, int]]] = {}
            by_country: dict[tuple[str, str], list[str]] = {}  # (ISO2, first letter) -> skeletons
            for skel, entry_id, iso2 in self._rows(  # (build.py)
                    "SELECT s.skel, s.entry, e.iso2 FROM admin1_skels s JOIN entries e ON e.id = s.entry"):
                if skel:
                    by_letter.setdefault(skel[0], []).append((skel, entry_id))
                    by_country.setdefault((iso2, skel[0]), []).append(skel)
            self._admin1_skeletons, self._admin1_skeletons_of = by_letter, by_country
        sk = skeleton(name)
        if len(sk) < 4:
            return ()
        got = self._similar_cache.get(sk)
        if got is not None:
            return got
        matcher = SequenceMatcher(None, "", sk)  # caches what it knows about sk
        if within is not None:
            near = self._near_within.get((sk, within))
            if near is None:
                near = self._near_within[(sk, within)] = any(
                    abs(len(other) - len(sk)) <= 3 and _near(matcher, other, threshold)
                    for iso2 in within for other in self._admin1_skeletons_of.get((iso2, sk[0]), ()))
            if not near:
                return ()
        best, ids = 0.0, set()
        for other, entry_id in self._admin1_skeletons.get(sk[0], ()):  # same first sound
            if abs(len(other) - len(sk)) > 3:
                continue
            matcher.set_seq1(other)
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            r = matcher.ratio()
            if r > best + 1e-9:
                best, ids = r, {entry_id}
            elif abs(r - best) <= 1e-9:
                ids.add(entry_id)
        if best < threshold:
            self._similar_cache[sk] = ()
            return ()
        rows = self._rows(
            f"SELECT {_COLS} FROM entries e WHERE e.id IN ({','.join('?' * len(ids))})", tuple(ids))
        got = tuple(NameHit(_entry(r), 0.0, False, True) for r in rows)
        self._similar_cache[sk] = got
        return got

    def names_in(self, iso2: str) -> dict[str, tuple[int, ...]]:
        """Every folded name of one country's entries -> the ids of the entries it names (a
        whole-table scan; the reading path searches spellings through ``spellings_in``)."""
        cache = self.__dict__.setdefault("_names_in", {})
        if iso2 not in cache:
            out: dict[str, list[int]] = {}
            for key, entry_id in self._con.execute(
                    "SELECT n.key, n.entry FROM names n JOIN entries e ON e.id = n.entry WHERE e.iso2 = ?", (iso2,)):
                out.setdefault(key, []).append(entry_id)
            cache[iso2] = {k: tuple(v) for k, v in out.items()}
        return cache[iso2]

    def spellings_in(self, iso2: str) -> CountryNames:
        """One country's names for the nearest-spelling search, read from the index a first
        letter at a time (one per country and process)."""
        cache = self.__dict__.setdefault("_spellings_in", {})
        if iso2 not in cache:
            def rows(head: str | None) -> list:
                if head is None:
                    return self._rows("SELECT head, names, ranks, lengths FROM spellings WHERE iso2 = ?", (iso2,))
                return self._rows("SELECT head, names, ranks, lengths FROM spellings WHERE iso2 = ? AND head = ?",
                                  (iso2, head))
            cache[iso2] = CountryNames(rows)
        return cache[iso2]

    def hits_in_country(self, key: str, iso2: str) -> tuple[NameHit, ...]:
        """The entries of country ``iso2`` named ``key``, as hits of a name spelt otherwise."""
        rows = self._rows(f"SELECT {_COLS}, n.zipf, n.is_primary FROM names n JOIN entries e ON e.id = n.entry "
                          "WHERE n.key = ? AND e.iso2 = ?", (key, iso2))
        return tuple(NameHit(_entry(r[:-2]), r[-2], False, True) for r in rows)

    def lookup(self, name: str, *, country: str | None = None, fuzzy: bool = True,
               limit: int | None = None) -> list[GazetteerEntry]:
        """Entries named ``name``, most likely first (accent/case-insensitive).

        ``country`` (ISO2, ISO3 or a country name) keeps entries of that country only.
        ``fuzzy`` also accepts transliteration variants when nothing matches exactly.
        """
        key = fold(name)
        if not key:
            raise InputError(f"empty place name {name!r}")
        score: dict[str, tuple[float, GazetteerEntry]] = {}
        exact = self.hits(key)
        fuzzy_hits = self.skeleton_hits(name) if fuzzy else ()
        for hits, bonus in ((fuzzy_hits, 0.0), (exact, 1.0)):
            for h in hits:
                s = h.entry.prior + bonus + (2.0 if h.is_primary else 0.0)  # the name as written wins
                if s > score.get(h.entry.gid, (-1e9,))[0]:
                    score[h.entry.gid] = (s, h.entry)
        if country:
            code = self.country_code(country)
            score = {k: v for k, v in score.items() if v[1].iso2 == code}
        ranked = sorted(score.values(), key=lambda t: (-t[0], t[1].gid))
        entries = [e for _, e in ranked]
        return entries[:limit] if limit else entries

    def country_code(self, country: str) -> str:
        """ISO2 of a country given as ISO2, ISO3 or name."""
        c = country.strip()
        if len(c) == 2 and c.isalpha():
            return c.upper()
        if len(c) == 3 and c.isupper():
            row = self._row("SELECT iso2 FROM entries WHERE iso3 = ? AND place_type='country'", (c,))
            if row:
                return row[0]
        for h in self.hits(fold(c)):
            if h.entry.place_type == "country":
                return h.entry.iso2
        raise InputError(f"unknown country {country!r}: give an ISO code or an English name")

    def get(self, gid: str) -> GazetteerEntry | None:
        """The entry with this stable id."""
        row = self._row(f"SELECT {_COLS} FROM entries e WHERE e.gid = ?", (gid,))
        if row:
            return _entry(row)
        for hits in self._user.values():
            for h in hits:
                if h.entry.gid == gid:
                    return h.entry
        return None

    def nearest(self, lat: float, lon: float, *, limit: int = 5, radius_km: float = 50.0,
                place_types=("city", "landmark", "water", "region")) -> list[tuple[GazetteerEntry, float]]:
        """Entries nearest a point, with their distance in km (for reverse geocoding)."""
        dlat = radius_km / 111.0
        dlon = radius_km / max(1.0, 111.0 * math.cos(math.radians(lat)))
        rows = self._rows(
            f"SELECT {_COLS} FROM entries e WHERE e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon))
        out = []
        for r in rows:
            e = _entry(r)
            if e.place_type in place_types:
                out.append((e, haversine_km(lat, lon, e.lat, e.lon)))
        out.sort(key=lambda t: (t[1] - 2.0 * math.log10(max(t[0].population, 1)), t[0].gid))
        return [t for t in out if t[1] <= radius_km][:limit]

    def countries(self) -> dict[str, GazetteerEntry]:
        """Country entries by ISO2."""
        rows = self._rows(f"SELECT {_COLS} FROM entries e WHERE e.place_type = 'country'")
        return {e.iso2: e for e in map(_entry, rows)}

    def stats(self) -> dict[str, str]:
        return dict(self._rows("SELECT k, v FROM meta"))


_DEFAULT: dict[tuple, Gazetteer] = {}


def get_gazetteer() -> Gazetteer:
    """The process-wide default gazetteer (built on first use, then reused)."""
    key = (str(settings.cache_dir()), tuple(map(str, settings.user_gazetteer_files())))
    if key not in _DEFAULT:
        _DEFAULT[key] = Gazetteer()
    return _DEFAULT[key]
