"""Trigger rules for events told in the passive with no agent at all, for ``geomap.text.event_words``:
"a guard was attacked near X", "two tourists were attacked and robbed", "three men were injured in a
fight at the market". Each entry is (event type, sub-event type, pattern, gate words), appended after
event_words' other rules.

Police notes and local papers often name only the victim: who attacked is unknown, and is the very
thing the police are looking for. The passive "with its agent" forms are ``event_rules_victims``';
places ("the market was raided") and armed posts ("a patrol was attacked") are ``event_rules_headline``'s.
Only a verb in the simple passive counts: "could be attacked", "told to be attacked if", "were being
attacked more often" tell a risk or a habit, not an event (and "in 2019" is event_words' history test).
"""

from __future__ import annotations

#: forces, one by one (a patrol or a post is ``event_rules_headline``'s)
_FORCES = (r"(?:(?:border\s+)?guards?|guardsm[ae]n|police(?:m[ae]n|\s+officers?)|soldiers?|gendarmes?|constables?"
           r"|rangers?|servicem[ae]n)")
#: unarmed people ("a customs officer": ACLED counts violence on officials as against civilians)
_PEOPLE = (r"(?:tourists?|visitors?|hikers?|walkers?|drivers?|traders?|vendors?|farmers?|herders?|shepherds?|fisherm[ae]n"
           r"|m[ae]n|wom[ae]n|boys?|girls?|children|youths?|couple|students?|teachers?|journalists?|reporters?|doctors?"
           r"|nurses?|workers?|migrants?|refugees?|passengers?|residents?|villagers?|pilgrims?|priests?|imams?|judges?"
           r"|mayor|councillors?|officials?|(?:customs|immigration|revenue|forestry)\s+(?:officers?|officials?)"
           r"|activists?|lorry\s+drivers?|truck\s+drivers?|taxi\s+drivers?|rickshaw\s+drivers?)")
#: the simple passive of an assault, with no "by" after it (that is ``event_rules_victims``')
_ASSAULTED = (r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?!being\s)(?:\w+\s+)?(?:attacked|assaulted)\b"
              r"(?!\s+by\b)")
#: a fight, the brawl of unarmed people
_FIGHT = r"(?:fights?|brawls?|scuffles?|m[eê]l[eé]es?|fist-?fights?|punch-ups?)"

PASSIVE_RULES = [
    # "a Finnish border guard was attacked near X on Sunday night": forces attacked, by whom the text does not say
    ("Battles", "Armed clash",
     r"\b" + _FORCES + r"(?=" + _ASSAULTED + r")",
     ("attacked", "assaulted")),
    # "two tourists were attacked and robbed on a trail near X": unarmed people attacked, by whom the text does not say
    ("Violence against civilians", "Attack",
     r"\b" + _PEOPLE + r"(?=" + _ASSAULTED + r")",
     ("attacked", "assaulted")),
    # "three men were injured in a fight at the market in X": a brawl, ACLED's mob violence
    ("Riots", "Mob violence",
     r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:injured|hurt|wounded|stabbed)\s+in\s+"
     r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?" + _FIGHT + r"\b",
     ("fight", "brawl", "scuffle", "mêlée", "melee", "punch")),
]

__all__ = ["PASSIVE_RULES"]
