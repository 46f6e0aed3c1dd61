#!/usr/bin/env bash
# Regenerate docs/map.png, the picture in README.md, from the sample article.
#
#   scripts/make_readme_png.sh            # uses .venv/bin/geomap if present, else geomap on PATH
#
# Needs headless Chromium (/usr/bin/chromium, or GEOMAP_CHROMIUM) for a faithful picture;
# without it geomap falls back to a matplotlib drawing.
set -euo pipefail
cd "$(dirname "$0")/.."

geomap=geomap
[ -x .venv/bin/geomap ] && geomap=.venv/bin/geomap

mkdir -p docs output
"$geomap" map examples/thailand_cambodia_border.txt --published 2025-07-28 \
  -o output/readme_map.html --png docs/map.png
echo "wrote docs/map.png ($(du -k docs/map.png | cut -f1) KB) and output/readme_map.html"
