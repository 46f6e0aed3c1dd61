"""One regular expression for many literal words, written as a trie.

Python's ``re`` tries the alternatives of ``a|b|c`` one after another at every position of
the text, so asking whether a sentence holds any of 200 event gate words cost about 20 µs.
Sharing the words' prefixes ("shell|shells|shoot" -> "sh(?:ell(?:s)?|oot)") leaves one
branch to follow per character. A search finds a match at the same first position as the
plain alternation (a word occurs there or not); when two words start there it may report the
longer one, so use it where only that some word occurs, or where, matters.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern matching exactly the given literal words (no flags implied)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _pattern(root)


def _pattern(node: dict) -> str:
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else body + "?"
