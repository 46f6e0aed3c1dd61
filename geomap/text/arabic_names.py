"""Arabic words that open place names ("Ain Issa", "Ras al-Ain", "Tal Abyad", "Deir Hafer"): a
gazetteer name spelled like one of them alone (France's Ain, a village called Ras) is then only
the first word of a longer name the gazetteer may lack."""
from __future__ import annotations

import re

__all__ = ["ARABIC_NAME_HEADS", "opens_arabic_name"]

#: spring, cape/head, hill, well, monastery, village, house, valley, mountain, mother, ruin, gate, city of
ARABIC_NAME_HEADS = frozenset("""ain ayn ein ras tal tall tell bir deir dayr kafr kfar beit bayt wadi jebel jabal
umm khirbet khirbat bab madinat medinat""".split())

#: what follows such a word inside one name: a capitalised word ("Ain Issa") or the article
#: joined by a hyphen ("Ras al-Ain", "Tell es-Sultan")
_REST_OF_NAME = re.compile(r"[ \u00a0](?:[A-Z][a-z]|(?:[ae][lnrstdz]|ash|adh)-[A-Za-z])")


def opens_arabic_name(word: str, text: str, end: int) -> bool:
    """Whether `word`, ending at `end` in `text`, is the first word of a longer Arabic place name."""
    return word.lower() in ARABIC_NAME_HEADS and _REST_OF_NAME.match(text, end) is not None
