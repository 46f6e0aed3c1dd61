"""An incident told only in the headline ("Soldier killed in clash near X"), whose body goes on to
reactions, the border's history or people fleeing without telling any incident.

A headline's events are usually the body's told again (``geomap.reading.events`` skips them, so
that one incident is not counted twice), and a headline often types the body's event otherwise
("Villagers torch huts in X" over a body telling an attack) or names a place beside it ("... as X
stays shut"). They are the headline's own only when the body cannot be telling them: the headline
names a place (not a country), and tells violence where the body tells none (nor property burned or
looted; only talks, arrests, closures or protests: "Clash at X leaves two dead" over "the two governments agreed to talks"), or a
protest where the body tells neither protest nor violence; never a development ("In X, a closed
border runs through the palm groves"). Then the headline's event is kept, at its place.
"""

from __future__ import annotations

from geomap.reading.resolve import Place

__all__ = ["headline_only_events"]


def headline_only_events(head_events: list, head_index: int, events: dict[int, list],
                         places: list[Place]) -> list:
    """The headline's events (``head_events``, of sentence ``head_index``) that the body cannot be telling,
    when the headline names a place of its own: its violence where the body tells none, its protests where
    the body tells neither protest nor violence."""
    if not head_events:
        return []
    named = [p for p in places if p.mention.sentence == head_index and p.role == "place"
             and p.entry.place_type != "country"]
    if not named:
        return []
    body = {e.event_type for i, evs in events.items() if i != head_index for e in evs}
    if body & _VIOLENCE or any(e.sub_event_type == _DESTRUCTION for i, evs in events.items() if i != head_index
                               for e in evs):
        return []  # ("Villagers torch huts in X" over "villagers burned five huts in X": the same act)
    return [e for e in head_events if e.event_type in _VIOLENCE or (e.event_type == _PROTESTS and _PROTESTS not in body)]


#: the kinds of event a headline tells as news of its own (a development there is the body's topic); violence of
#: one kind in the headline is often the body's of another ("Villagers torch huts" over an attack): kept together
_VIOLENCE = frozenset(("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"))
_PROTESTS = "Protests"
_DESTRUCTION = "Looting/property destruction"
