"""The gold files of sets 5 to 16 (tests/fixtures/border_cases_{5,...,16}.json) are well formed.

Each file holds 20 invented border articles, all in the `test` half, with gold places, incidents,
tolls and displacement figures, scored with the shared scorer. These checks keep the gold honest
(every gold mention is in its text, every figure has a valid direction, no frontier repeats an
earlier set or a shared dev case) without running geomap, so they are cheap and never tune
anything. Set 5 was held out (scored as a summary only) for two sessions; set 6, written blind to
the code, replaced it as the held-out set, and from then on set 5's per-case lines may guide work.
Set 7, written blind, then became the held-out set and set 6 could guide work.
Set 8, written blind, then became the held-out set and set 7 could guide work.
Sets 9 and 10, written blind, were then held out and set 8 could guide work.
Set 11, written blind to the code by two writers (ten articles each), is held out with set 10;
set 9 may now guide work.
Set 12, written blind to the code by two more writers at the end of the same session, is held out
too, so that a later session can open set 10 or 11 and still keep two held-out sets.
The next session opened set 11 (its per-case lines may now guide work) and had set 13 written blind
by two more writers at its start; sets 10, 12 and 13 are held out.
The session after that had set 14 written blind by two more writers at its start and opened set 12
(the held-out set with the most numbers on a wrong place); sets 10, 13 and 14 are held out.
The next session had set 15 written blind by two more writers at its start and opened set 14 (the
hardest held-out set for incidents and wrong tolls); sets 10, 13 and 15 are held out.
The session after that had set 16 written blind by two more writers at its start and opened set 15
(the held-out set with the most wrong numbers); sets 10, 13 and 16 are held out.
"""

import json

import pytest
from gold_cases import FIXTURES, check_all_held_out, check_case, check_frontiers_new, check_new_to_dev_cases

EARLIER = ["border_cases.json", "border_cases_2.json", "border_cases_3.json", "border_cases_4.json"]
SETS = {n: json.loads((FIXTURES / f"border_cases_{n}.json").read_text(encoding="utf-8")) for n in (5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)}
EARLIER_OF = {5: EARLIER, 6: EARLIER + ["border_cases_5.json"],
              7: EARLIER + ["border_cases_5.json", "border_cases_6.json"],
              8: EARLIER + ["border_cases_5.json", "border_cases_6.json", "border_cases_7.json"],
              9: EARLIER + ["border_cases_5.json", "border_cases_6.json", "border_cases_7.json",
                            "border_cases_8.json"]}
EARLIER_OF[10] = EARLIER_OF[9] + ["border_cases_9.json"]
EARLIER_OF[11] = EARLIER_OF[10] + ["border_cases_10.json"]
EARLIER_OF[12] = EARLIER_OF[11] + ["border_cases_11.json"]
EARLIER_OF[13] = EARLIER_OF[12] + ["border_cases_12.json"]
EARLIER_OF[14] = EARLIER_OF[13] + ["border_cases_13.json"]
EARLIER_OF[15] = EARLIER_OF[14] + ["border_cases_14.json"]
EARLIER_OF[16] = EARLIER_OF[15] + ["border_cases_15.json"]


@pytest.mark.parametrize("n", sorted(SETS))
def test_all_held_out(n):
    check_all_held_out(SETS[n])


@pytest.mark.parametrize("n", sorted(SETS))
def test_frontiers_are_new_to_the_project(n):
    check_frontiers_new(SETS[n], EARLIER_OF[n])


@pytest.mark.parametrize("n", sorted(SETS))
def test_frontiers_are_new_to_the_shared_dev_cases(n):
    check_new_to_dev_cases(SETS[n])


@pytest.mark.parametrize("case", [c for n in sorted(SETS) for c in SETS[n]],
                         ids=[f"set{n}-{c['id']}" for n in sorted(SETS) for c in SETS[n]])
def test_case_is_well_formed(case):
    check_case(case)
