"""The other ways a story's own gazetteer may write a name: with its country's word for
"village" before it, and in its country's romanisation.

GeoNames writes many villages of mainland South-East Asia, Malaysia and Iran with the local
word for village opening the name ("Ban Pa Pae", "Phumi Andong Pouthi", "Kampung Titi
Tinggi", "Deh Shams-e Bozorg") where news reports write the bare name ("Pa Pae"), and Lao and
Vietnamese romanisation writes x for the s English reports use ("Ban Xamtai" for "Samtai"), Uzbek
and Tajik "-obod" for the Persian "-abad" of Russian-era maps ("Pakhtaobod" for "Pakhtaabad").
The transliteration skeleton absorbs neither, and an edit-ratio search cannot reach a name four
letters longer. These are the spellings worth asking the skeleton index about, for the
countries whose names are so written only (the word "Ban" opens no Iraqi village).
"""
from __future__ import annotations

import re

__all__ = ["local_spellings"]

#: a local word for "village" or "hamlet" that opens village names -> the countries that use it
VILLAGE_HEADS = {
    "Ban": frozenset(("TH", "LA")),
    "Muang": frozenset(("LA", "TH")),
    "Mueang": frozenset(("TH",)),
    "Phumi": frozenset(("KH",)),
    "Phum": frozenset(("KH",)),
    "Kampung": frozenset(("MY", "BN", "ID", "SG")),
    "Kampong": frozenset(("MY", "BN", "KH", "SG")),
    "Deh": frozenset(("IR", "AF")),
    "Desa": frozenset(("ID",)),
}
#: (letter English reports write, letter the local romanisation writes) -> its countries
LETTER_CLASSES = {
    ("s", "x"): frozenset(("LA", "VN")),  # Samtai / Xamtai, Sam Neua / Xam Neua
    ("abad", "obod"): frozenset(("UZ", "TJ")),  # Pakhtaabad / Pakhtaobod: Uzbek and Tajik write the o
}


def local_spellings(name: str, countries: set[str] | frozenset[str]) -> list[str]:
    """Spellings of ``name`` the gazetteers of ``countries`` may hold, besides ``name`` itself
    (a name already opening with a village word is left as written)."""
    words = name.split()
    if not words or words[0] in VILLAGE_HEADS:
        return []
    forms = [name]
    for (english, local), where in LETTER_CLASSES.items():
        if where & countries and english in name.lower():
            forms.append(_respelt(name, english, local))
    out = forms[1:]
    for head, where in VILLAGE_HEADS.items():
        if where & countries:
            out += [f"{head} {f}" for f in forms]
    return out


def _respelt(name: str, english: str, local: str) -> str:
    """``name`` with every ``english`` written ``local`` (keeping an initial capital)."""
    return re.sub(english, lambda m: local.capitalize() if m.group()[0].isupper() else local, name, flags=re.I)
