"""A drowning told as a fact, for ``quantities``' count reader: "Five people drowned", "a
fisherman from X drowned after a patrol boat rammed his dhow", "at least 11 people have drowned".

At sea and on border rivers people die by drowning when boats capsize in a chase or are rammed;
the count before "drowned" is the toll as surely as the one before "died". A drowning only
feared or guessed at ("two are missing, feared drowned", "presumed drowned", "are believed to
have drowned", "may have drowned") counts the missing, not the dead: no toll.
"""

from __future__ import annotations

__all__ = ["DROWNED"]

#: "drowned", unless the words just before make it a fear or a guess
DROWNED = (r"(?<!feared\s)(?<!presumed\s)(?<!believed\s)(?<!thought\s)(?<!likely\s)(?<!probably\s)"
           r"(?<!to\shave\s)(?<!may\shave\s)(?<!might\shave\s)(?<!could\shave\s)(?<!must\shave\s)drowned")
