"""The single place where text from articles is made safe for the map.

Everything that came from an article (sentences, place names, titles, notes, actors,
file names) passes through :func:`escape_text` before it reaches folium or the page.
The result is safe in three contexts at once:

* HTML text and attribute values (``&``, ``<``, ``>``, ``"`` and ``'`` become entities);
* JavaScript template literals, which folium uses for ``Tooltip`` and ``Popup`` text
  (backtick, ``$`` and backslash become ``&#96;``, ``&#36;`` and ``&#92;``, so ``${...}``
  cannot run and a trailing backslash cannot swallow the closing backtick);
* JSON embedded in a ``<script>`` block (no ``<`` is left, so ``</script>`` cannot close it).

The browser shows the entities as the original characters, so nothing is lost on screen.
JavaScript in ``geomap.js`` only concatenates these already-escaped strings with fixed
markup; it never escapes and never receives raw article text.
"""
from __future__ import annotations

import html
from typing import Any

_EXTRA = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;"})


def escape_text(value: Any) -> str:
    """Escape any value for HTML, JS template literals and inline JSON.

    ``None`` becomes the empty string; numbers are formatted with ``str``.
    """
    if value is None:
        return ""
    return html.escape(str(value), quote=True).translate(_EXTRA)


def highlight_mention(sentence: Any, start: Any = None, end: Any = None) -> str:
    """Escape ``sentence`` and wrap ``sentence[start:end]`` in ``<mark>``.

    Offsets that are missing, not integers or out of range leave the sentence
    escaped without a highlight.
    """
    if sentence is None:
        return ""
    text = str(sentence)
    try:
        s, e = int(start), int(end)
    except (TypeError, ValueError):
        return escape_text(text)
    if not (0 <= s < e <= len(text)):
        return escape_text(text)
    return escape_text(text[:s]) + "<mark>" + escape_text(text[s:e]) + "</mark>" + escape_text(text[e:])


def highlight_words(sentence: Any, words: Any) -> str:
    """Escape ``sentence`` and mark the first occurrence of ``words`` in it (case-insensitive)."""
    if sentence is None:
        return ""
    text = str(sentence)
    if not words:
        return escape_text(text)
    i = text.lower().find(str(words).lower())
    if i < 0:
        return escape_text(text)
    return highlight_mention(text, i, i + len(str(words)))
