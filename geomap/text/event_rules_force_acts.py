"""Trigger rules for acts told by what a force did or had done to it, in words the other rules lack,
for ``geomap.text.event_words`` (round 35: told so by writers who never saw the rules):

- "a guard fired three rounds at a man", "a gendarme fired several rounds at a car": shots told by
  their rounds, the target maybe quoted ('fired two rounds "at a person attempting to breach the
  fence"'; not "fired a salute of 21 rounds", nor "fired 21 rounds in X during a ceremony": rounds
  fired at someone or something only, and not "into the air");
- "customs officers were stoned by a crowd": the crowd's violence told in the passive (the active,
  "threw stones at police", is ``event_rules_more``');
- "police stopped a lorry ... and found four rifles", "gendarmes found two pistols in a bag":
  weapons found by a force, a seizure (ACLED's disrupted weapons use), not a body or a document.

Each entry is (event type, sub-event type, pattern, gate words), appended after event_words' other rules.
"""

from __future__ import annotations

#: how many rounds, or what kind ("three rounds", "several warning rounds", "a burst of rounds")
_HOW_MANY = (r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens\s+of|a\s+(?:few|burst\s+of)"
             r"|\d+)\s+)?(?:(?:warning|live|rubber|plastic|automatic)\s+)?")
#: a force, one or more ("a US Marine", "the border guards", "customs officers")
_FORCE = (r"(?:(?:border\s+)?guards?|guardsm[ae]n|police(?:m[ae]n|\s+officers?)?|officers?|soldiers?|troops|gendarmes?"
          r"|marines?|rangers?|servicem[ae]n|sentr(?:y|ies)|customs(?:\s+(?:officers?|officials?|agents?))?|coast\s*guards?"
          r"|patrols?|army|military)")
#: what a force finds that is a weapon
_WEAPONS = (r"(?:rifles?|pistols?|guns?|handguns?|shotguns?|revolvers?|machetes?|knives|knuckle-?dusters?|weapons?|arms"
            r"|ammunition|cartridges|bullets|grenades?|explosives?|detonators?|mines?|rocket\s+launchers?)")

FORCE_ACT_RULES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("Battles", "Armed clash",
     r"\bfired\s+" + _HOW_MANY + r"(?:rounds|bullets)\s+[\"\u201c]?(?:at|on|towards?|into)\b(?!\s+the\s+air\b)",
     ("rounds", "bullets")),
    ("Riots", "Violent demonstration",
     r"\b" + _FORCE + r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)(?:stoned|pelted\s+with\s+stones)\s+by\b",
     ("stoned", "pelted")),
    ("Strategic developments", "Disrupted weapons use",
     r"\b" + _FORCE + r"\b[^.;:]{0,120}?\b(?:found|discovered)\s+(?:(?:an?|the|two|three|four|five|six|seven|eight|nine"
     r"|ten|several|some|dozens\s+of|\d[\d,]*|hidden|concealed|illegal|loaded|homemade|hunting|assault)\s+){0,3}?"
     + _WEAPONS + r"\b",
     ("found", "discovered")),
]

__all__ = ["FORCE_ACT_RULES"]
