"""Who acts and who is hit in an armed event: the noun lists geomap.text.event_words' trigger
rules are built from (civilians, armed groups, forces), kept apart so those rules stay readable
and the lists are shared with the reading of told-again events."""

from __future__ import annotations

import re

__all__ = ["ACTOR_NOUNS", "CIV", "CIV_GROUP", "FORCES", "NSA", "VICTIMS", "opens_with_actor"]

CIV = (
    r"(?:civilians?|villagers?|farmers?|residents?|herders?|shepherds?|traders?|passengers?"
    r"|worshippers?|students?|fishermen|women|children|families|homes?|a\s+bus|a\s+school|a\s+market"
    r"|a\s+hospital|motorists?|pilgrims?|migrants?|refugees?|asylum[- ]seekers?|returnees?)"
)
#: civilians as the object of an attack, perhaps as a group ("shot at a group of herders",
#: "fired on a crowd of unarmed traders")
CIV_GROUP = (r"(?:(?:groups?|crowds?|party|parties|bands?|gatherings?|columns?|convoys?|busloads?)\s+of\s+"
             r"(?:[\w-]+\s+)?)?" + CIV)
#: victims named as the subject of a passive ("two teachers were shot"): never "people", whose
#: deaths are usually a toll of an event told beside them
VICTIMS = CIV[:-1] + r"|teachers?|citizens|nationals|workers|journalists?|doctors|nurses|boys?|girls?"
VICTIMS += r"|(?:a|an)\s+(?:\w+\s+)?(?:man|woman|child|teacher|farmer|villager|shepherd|herder|boy|girl))"
NSA = (
    r"(?:rebels?|militants?|insurgents?|militias?|militiamen|fighters|separatists?|jihadists?"
    r"|armed\s+groups?|guerrillas?|paramilitar(?:y|ies)|gunmen"
    # aid agencies' words: "NSAG elements", "non-state armed groups"
    r"|(?:NSAG|armed|militia|rebel|militant|jihadist|extremist)\s+elements|NSAGs?|non-state\s+armed\s+groups?"
    r"|terrorists)"  # (an army's word for them; not "a terrorist attack")
)
#: who acts in an armed event ("The militants then overran X": a new event, its actor the subject)
ACTOR_NOUNS = NSA + r"|assailants|attackers|raiders|bandits|troops|soldiers|forces|army|military|police"
#: a trigger that opens with who acted or who was hit ("militants attacked", "drones struck",
#: "teachers were shot"): "The militants attacked X" is a new event, not one told again
_ACTOR_FIRST = re.compile(r"(?:" + NSA + "|" + VICTIMS + r"|drones?(?!\s+(?:strikes?|attacks?))|jets|warplanes|aircraft|planes|helicopters?"
                          r"|gunships?|gunmen|assailants|attackers|bandits|raiders)\b", re.I)


def opens_with_actor(trigger: str) -> bool:
    """Whether an event trigger starts with its actor or its victims rather than the event's noun."""
    return bool(_ACTOR_FIRST.match(trigger))


FORCES = (
    r"(?:troops|forces|soldiers|tanks|reinforcements|units|battalions|brigades|armou?r|artillery"
    r"|jets|warships|personnel|servicemen|guards|border\s+guards|police|commandos|marines)"
)
