#!/usr/bin/env bash
# Regenerate the README's corpus pictures from the fusion test corpus (invented reports and
# an invented ACLED sample, tests/fixtures/fusion_corpus):
#   docs/corpus_map.png       the fused events on one map (headless Chromium screenshot)
#   docs/corpus_popup.png     zoomed to the event told by the most sources, its popup open
#   docs/corpus_timeline.png  events per day by type, and fatalities
#   docs/corpus_admin1.png    events and fatalities per first-level division
#
#   scripts/make_corpus_pngs.sh           # uses .venv/bin/geomap if present, else geomap on PATH
set -euo pipefail
cd "$(dirname "$0")/.."

geomap=geomap
[ -x .venv/bin/geomap ] && geomap=.venv/bin/geomap

mkdir -p docs output
"$geomap" corpus tests/fixtures/fusion_corpus --offline --charts \
  --title "Three frontiers: 34 invented reports and an invented ACLED sample, fused" \
  -o output/corpus.html --png docs/corpus_map.png
python=python3
[ -x .venv/bin/python ] && python=.venv/bin/python
"$python" scripts/corpus_popup_png.py output/corpus.html docs/corpus_popup.png --zoom 8
cp output/corpus_timeline.png docs/corpus_timeline.png
cp output/corpus_admin1.png docs/corpus_admin1.png
echo "wrote docs/corpus_map.png, docs/corpus_popup.png, docs/corpus_timeline.png, docs/corpus_admin1.png (map: output/corpus.html)"
