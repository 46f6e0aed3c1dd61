"""The reading pipeline: an article's text to SPEC features.

``pipeline`` wires the steps: ``mentions`` (spans that may name places) → ``resolve`` (one
gazetteer entry each) → ``events`` (incidents, typed and dated), placed by ``placement``,
with ``displacement`` areas and the frontier chosen by ``frontier_choice``. Every step gets
what it consults (gazetteer, boundary look-ups in ``borders``, geocoder) from one
``context.ReadingContext``.
"""
