#!/usr/bin/env python
"""Print the Factbook comparison table of docs/frontier_lengths.md as Markdown.

The pairs, Factbook figures and explanations come from tests/test_boundaries_frontier_lines.py (one
source of truth); the Natural Earth column is ``geomap frontier A B`` on the bundled
shapefiles, the OpenStreetMap column the committed ``shapefiles/frontiers_osm.parquet``.

Usage::

    python scripts/frontier_table.py
"""
from __future__ import annotations

import importlib.util
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _test_module():
    spec = importlib.util.spec_from_file_location("test_frontier_lines", ROOT / "tests" / "test_boundaries_frontier_lines.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    from geomap.boundaries import load_boundaries
    from geomap.boundaries.frontier_lines import load_frontier_lines

    tests = _test_module()
    ne, osm = load_boundaries(), load_frontier_lines()
    print("| pair | Factbook km | Natural Earth km (bundled) | OpenStreetMap km (new) | of which water km | error | why, beyond 10 % |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    errors_ne, errors_osm = [], []
    for (a, b), factbook in tests.FACTBOOK_KM.items():
        ne_km = ne.frontier(a, b).length_km
        _, km, meta = osm.get(a, b)
        err = km / factbook - 1
        errors_ne.append(abs(ne_km / factbook - 1))
        errors_osm.append(abs(err))
        why = tests.EXPLAINED.get((a, b), "")
        print(f"| {a}–{b} | {factbook:,} | {ne_km:,.0f} | {km:,.0f} | {meta['water_bridged_km']:,.0f} "
              f"| {err:+.1%} | {why} |")
    n = len(errors_osm)
    for name, errs in (("Natural Earth", errors_ne), ("OpenStreetMap", errors_osm)):
        print(f"\n{name}: median absolute error {statistics.median(errs):.1%}, "
              f"{sum(e <= 0.05 for e in errs)} of {n} within 5 %, {sum(e <= 0.10 for e in errs)} within 10 %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
