"""More trigger rules for geomap.text.event_words, kept here because that module is at its size
limit: each entry is (event type, sub-event type, pattern, gate words), appended after its rules
(so ranked below them within their type).

- Stock theft is how many frontier incidents are told ("rustlers raided X", "stole 200 head of
  cattle", "made off with dozens of goats"): ACLED's looting, not a battle nor background.
- A raid named by its day or its author ("Sunday's raid on X"), like "Friday's attack
  on X" and "Friday's strike on X", is a told event; a police or customs raid that seized goods
  or arrested people is not an attack.
"""

from __future__ import annotations

_STOCK = (r"(?:cattle|cows|goats|sheep|camels|donkeys|livestock|animals|herds?|oxen|bulls)")
_RAIDERS = r"(?:rustlers|cattle\s+(?:thieves|raiders|rustlers)|livestock\s+thieves|stock\s+thieves|rustling)"

MORE_RULES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("Strategic developments", "Looting/property destruction",
     r"\b(?:(?:stole|stolen|steal(?:s|ing)?|rustled|made\s+off\s+with|drove\s+off|driving\s+off|drive\s+off|took\s+away"
     r"|carted\s+off|lifted)\s+(?:(?:[\w,-]+|head\s+of)\s+){0,5}?" + _STOCK
     + r"|" + _RAIDERS + r"(?=\s+(?:\w+\s+){0,2}?(?:raided|attacked|struck|hit|stormed|stole|took|made\s+off|drove))"
     r"|(?:cattle|livestock)\s+raids?(?=\s+(?:on|in|at|near|against)\b))\b",
     ("stole", "stolen", "steal", "rustl", "made off", "drove off", "driving off", "drive off", "took away",
      "carted", "lifted", "raid")),
    ("Violence against civilians", "Attack",
     r"(?<=['\u2019]s\s)(?:\w+\s+)?raids?(?=\s+(?:on|against)\s)"
     r"(?![^.;]*\b(?:arrest\w*|seiz\w*|confiscat\w*|contraband|drugs|narcotics|warrants?|detain\w*))",
     ("raid",)),
]

__all__ = ["MORE_RULES"]
