"""Unknown names listed with places are places too: "the posts at X, Y and Z", "A/B".

Writers list the crossings, villages or posts of a story in one run of names ("Long queues
were reported at Yallama, Oybek and Tashkent", "Mahamba, Lavumisa/Golela and Mananga will
open at six"), and name a crossing by its two sides' names joined by a slash ("Ngwenya/
Oshoek"). What types one member types the others: a cue word before the list ("at", "near",
"posts at") or after it ("... and Z border posts"), or places among its members (half of
them, two at least; or the other name of a slash pair). The unknown members become weak hints (``PlaceCue.weak``),
so the reading step still keeps only rare names that are no person's and no gazetteer name of
the article's countries; a member of a slash pair is told near its partner.
"""
from __future__ import annotations

from geomap.text.place_cues import PlaceCue, _is_name_token, _run_forward
from geomap.text.sentences import Sentence
from geomap.text.tokens import Token, capitalised, joined, tokenize

__all__ = ["listed_hints"]

_POSSESSIVE = ("'s", "’s")
#: plural kind words after a list that type every member ("X, Y and Z border posts")
_PLURAL_KINDS = frozenset("posts crossings checkpoints villages towns settlements communities gates "
                          "points markets ports".split())


def _name_end(text: str, toks: list[Token], i: int) -> int | None:
    """Last token of the capitalised name at token i ("Flor de Agosto"; "Jeppe's Reef" is one
    name), or None."""
    e = _run_forward(text, toks, i)
    while e is not None and e + 2 < len(toks) and toks[e + 1].text in _POSSESSIVE and _is_name_token(toks[e + 2]) \
            and text[toks[e].end:toks[e + 1].start] == "" and joined(text, toks[e + 1], toks[e + 2]):
        e = _run_forward(text, toks, e + 2)
    return e


def _lists(text: str, toks: list[Token], caps: tuple[int, ...]) -> list[list[tuple[int, int, bool]]]:
    """Runs of names joined by commas, "and" and slashes: each member (first, last, whether a
    slash joins it to the member before). ``caps``: the indexes of the capitalised tokens (a name
    starts at one)."""
    out, i, n = [], 0, len(toks)
    for c in caps:
        if c < i:
            continue  # (inside the run before)
        i = c
        e = _name_end(text, toks, i)
        if e is None:
            continue
        run = [(i, e, False)]
        while e + 1 < n:
            gap = text[toks[e].end:toks[e + 1].start]
            j = e + 1
            slashed = gap == "/"
            if gap in (", ", " ") and toks[j].text in ("and", "or") and j + 1 < n and joined(text, toks[j], toks[j + 1]):
                j += 1
            elif gap != ", " and not slashed:
                break
            e2 = _name_end(text, toks, j)
            if e2 is None:
                break
            run.append((j, e2, slashed))
            e = e2
        out.append(run)
        i = e + 1
    return out


def listed_hints(text: str, sentences: list[Sentence], places: list, cued: set[int]) -> list[PlaceCue]:
    """Weak cues for the unknown members of name lists that a cue or their places type.

    ``cued``: starts of the names the text's cue words already type (strong or weak cues)."""
    known = {p.mention.start for p in places if p.role == "place"}
    out = []
    for si, s in enumerate(sentences):
        words = text[s.start:s.end]
        if "/" not in words and words.count(",") + words.count(" and ") + words.count(" or ") < 2:
            continue  # (no slash pair, and no list of three: nothing below would be cued)
        toks = tokenize(text, s.start, s.end)
        for run in _lists(text, toks, capitalised(text, s.start, s.end)):
            starts = [toks[b].start for b, _, _ in run]
            groups: list[set[int]] = []  # a slash pair is one member of the list ("Lavumisa/Golela")
            for st, (_, _, slashed) in zip(starts, run):
                if slashed and groups:
                    groups[-1].add(st)
                else:
                    groups.append({st})
            places_in = sum(bool(g & known) for g in groups)
            after = run[-1][1] + 1
            plural = after < len(toks) and toks[after].text.lower() in _PLURAL_KINDS \
                or after + 1 < len(toks) and toks[after + 1].text.lower() in _PLURAL_KINDS \
                and toks[after].text.lower() in ("border", "crossing")
            # (places must be half the list at least: "Sunshine, Hillandale, Bayview, Kemps and
            # Sun Valley" are brands, some of them named after places)
            typed = starts[0] in cued or plural or places_in >= max(2, (len(groups) + 1) // 2)
            for k, (b, e, slashed) in enumerate(run):
                st = toks[b].start
                if st in known or st in cued:
                    continue
                # a slash pair's other name is a place where its partner is
                partner = run[k - 1] if slashed else run[k + 1] if k + 1 < len(run) and run[k + 1][2] else None
                if partner is not None and toks[partner[0]].start in known | cued:
                    anchor = toks[partner[0]].start
                    out.append(PlaceCue(text[st:toks[e].end], st, toks[e].end, toks[e].end, "place", "city", si,
                                        anchor if anchor in known else None, "near" if anchor in known else None,
                                        weak=True))
                elif typed and len(run) >= 3:
                    out.append(PlaceCue(text[st:toks[e].end], st, toks[e].end, toks[e].end, "place", "city", si,
                                        weak=True))
    return out
