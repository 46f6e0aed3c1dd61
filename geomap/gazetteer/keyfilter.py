"""Bloom filters of the index's name keys and skeletons: a quick "no such name" in memory.

The mention finder asks the index about every capitalised span it reads ("World Health
Organization", "World Health", "World"), and four of five such questions find nothing; each
cost a SQLite query (about 30 µs with its join). The filters, written at build time and read
once per process (about 1 MB), answer most of those questions without a query. A filter has
no false negatives, so a name the index holds is always looked up: the answers are the same.
"""
from __future__ import annotations

from collections.abc import Iterable
from hashlib import blake2b

__all__ = ["KeyFilter", "TABLE", "write_table"]

BITS_PER_KEY = 12
HASHES = 4  # about 0.5 % of absent keys still get a query

TABLE = """
CREATE TABLE keyfilters (kind TEXT PRIMARY KEY, bits BLOB);
"""


def _positions(key: str, size: int) -> list[int]:
    digest = int.from_bytes(blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")
    h1, h2 = digest & 0xFFFFFFFF, (digest >> 32) | 1
    return [(h1 + i * h2) % size for i in range(HASHES)]


class KeyFilter:
    """Membership of folded keys (or skeletons) in the index, with rare false positives."""

    def __init__(self, bits: bytes) -> None:
        self._bits = bits
        self._size = len(bits) * 8

    @classmethod
    def of(cls, keys: Iterable[str]) -> KeyFilter:
        keys = set(keys)
        size = max(64, len(keys) * BITS_PER_KEY)
        bits = bytearray((size + 7) // 8)
        size = len(bits) * 8
        for key in keys:
            for p in _positions(key, size):
                bits[p >> 3] |= 1 << (p & 7)
        return cls(bytes(bits))

    def may_hold(self, key: str) -> bool:
        """False only when no name of the index has this key (``_positions`` unrolled: most
        keys asked are absent and fail at their first or second bit)."""
        bits, size = self._bits, self._size
        digest = int.from_bytes(blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")
        h1, h2 = digest & 0xFFFFFFFF, (digest >> 32) | 1
        for i in range(HASHES):
            p = (h1 + i * h2) % size
            if not bits[p >> 3] >> (p & 7) & 1:
                return False
        return True

    @property
    def bits(self) -> bytes:
        return self._bits


def write_table(con) -> None:
    """Fill ``keyfilters`` from the ``names`` table of a new index (keys and skeletons)."""
    for column in ("key", "skel"):
        f = KeyFilter.of(k for (k,) in con.execute(f"SELECT DISTINCT {column} FROM names") if k is not None)
        con.execute("INSERT INTO keyfilters VALUES (?, ?)", (column, f.bits))
