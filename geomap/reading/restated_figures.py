"""The figure of a group told one sentence after it: "Residents of X say dozens of families have
arrived from Y. The district office puts the number at about 400 people." (the count is the
group's, on the areas the first sentence names; ``geomap.text.restated_counts``).
"""

from __future__ import annotations

from geomap.reading.placement import same_paragraph
from geomap.reading.told_twice import vague
from geomap.text.displacement_counts import displaced_from_text, is_death_report, is_displacement_sentence
from geomap.text.quantities import Count
from geomap.text.restated_counts import restated_count
from geomap.text.sentences import Sentence

__all__ = ["restated_figure"]


def restated_figure(text: str, sentences: list[Sentence], i: int) -> Count | None:
    """The count sentence ``i`` puts on the group the sentence before it told without an exact
    one (same paragraph, a displacement sentence; neither tells deaths), else None."""
    if i == 0 or (count := restated_count(sentences[i].text)) is None or is_death_report(sentences[i].text):
        return None
    before = sentences[i - 1]
    if not same_paragraph(text, before, sentences[i]) or not is_displacement_sentence(before.text) \
            or is_death_report(before.text):
        return None
    own = displaced_from_text(before.text)
    return count if own is None or vague(own) else None
