"""How big and how fast are maps with many incidents?

    python benchmarks/bench_map.py [--sizes 1000 10000 100000] [--online]

Prints, per size: HTML size, time to write it (build + render + write), and time until the
map is interactive in headless Chromium (navigation start -> ``window.__geomapReady``, set
after every layer is on the map and the canvas has drawn). No network: requests are
routed to local files. Targets: 10k < 5 MB and < 2 s; 100k < 10 s.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from machine import machine  # benchmarks/machine.py: the machine named in the output

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))




def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    ap.add_argument("--online", action="store_true", help="CDN links instead of inlined Leaflet")
    args = ap.parse_args()

    from test_render import synthetic_incidents

    from geomap.boundaries import load_boundaries
    from geomap.mapfiles import write_map
    from geomap.render.png import browser_available, launch_chromium, route_locally

    print(f"machine: {machine()}")
    boundaries = load_boundaries()
    have_browser = browser_available()
    if not have_browser:
        print("no headless Chromium: interactive times skipped")
    print(f"{'incidents':>10} {'HTML MB':>8} {'write s':>8} {'interactive s':>14}")
    with tempfile.TemporaryDirectory() as tmp:
        pw = browser = None
        if have_browser:
            from playwright.sync_api import sync_playwright

            pw = sync_playwright().start()
            browser = launch_chromium(pw)
        try:
            for n in args.sizes:
                fc = synthetic_incidents(n)
                path = Path(tmp) / f"map_{n}.html"
                t0 = time.perf_counter()
                write_map([fc], path, offline=not args.online, boundaries=boundaries)
                t_write = time.perf_counter() - t0
                size_mb = path.stat().st_size / 1e6
                t_ready = float("nan")
                if browser is not None:
                    page = browser.new_page(viewport={"width": 1200, "height": 800})
                    errors = []
                    page.on("pageerror", lambda e: errors.append(str(e)))
                    route_locally(page)
                    page.goto(path.as_uri(), wait_until="commit")
                    page.wait_for_function("window.__geomapReady === true", timeout=120_000, polling=20)
                    t_ready = page.evaluate("window.__geomapReadyMs") / 1000.0  # since navigation start
                    if errors:
                        print(f"  JS errors: {errors[:3]}")
                    page.close()
                print(f"{n:>10,} {size_mb:>8.2f} {t_write:>8.2f} {t_ready:>14.2f}", flush=True)
        finally:
            if browser is not None:
                browser.close()
                pw.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
