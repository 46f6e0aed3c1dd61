"""geomap.boundaries.answers: frontier and admin-1 geometry computed once is read back by a
fresh ``Borders`` (a fresh process) equal to a fresh computation, without loading the
boundaries; other boundary files, other frontier lines or a broken file compute it again."""
from __future__ import annotations

import json
import os
import shutil

import pytest
import shapely

from geomap import settings
from geomap.boundaries import load_boundaries
from geomap.boundaries.load import boundaries_key
from geomap.reading.borders import Borders
from geomap.reading.context import reading_context
from geomap.reading.pipeline import extract_text

LINES = settings.PROJECT_DIR / "shapefiles" / "frontiers_osm.parquet"
TEXT = ("Thai and Cambodian troops exchanged fire along the border in Thailand's Surin province on "
        "Monday, officials said. Thousands of villagers fled Oddar Meanchey province.")


@pytest.fixture()
def answers(tmp_path, monkeypatch):
    """A private folder of kept answers (the gazetteer index and boundary layers stay shared)."""
    from geomap.boundaries import answers as module

    monkeypatch.setattr(module, "_folder", lambda: tmp_path / "border_answers")
    return tmp_path / "border_answers"


def _unloadable():
    raise AssertionError("loaded the boundaries although the kept answers hold what was asked")


def _ask(borders: Borders) -> dict:
    fr = borders.frontier("THA", "KHM")
    return {"frontier": (fr.iso3_a, fr.iso3_b, fr.name_a, fr.name_b, shapely.to_wkb(fr.geometry), fr.length_km,
                         fr.source),
            "measured": borders.measured("THA", "KHM"), "along": borders.admin1_along("THA", "KHM"),
            "point": borders.stretch_point("THA", "KHM", "Surin", "THA"),
            "area": borders.admin1_area("Oddar Meanchey", "KHM"), "country": borders.country_area("KHM"),
            "points": borders.frontier_points("THA", "KHM")}


def test_a_fresh_borders_reads_the_answers_without_loading_the_boundaries(answers):
    key = boundaries_key()
    assert key == load_boundaries().cache_key  # the key is known without loading anything
    first = _ask(Borders(load_boundaries, lines_file=LINES, key=key))
    assert first["measured"]["source"].startswith("OpenStreetMap") and first["area"][1] == "KHM"
    assert len(list(answers.glob("*/*.pickle"))) >= 6
    again = _ask(Borders(_unloadable, lines_file=LINES, key=key))
    assert again == first


def test_articles_read_with_kept_answers_are_the_same(answers):
    def read(borders):
        return json.dumps(extract_text(TEXT, published="2025-07-28", context=reading_context(boundaries=borders)))

    computed = read(Borders(load_boundaries, lines_file=LINES, key=boundaries_key()))
    assert '"layer": "frontier"' in computed and '"layer": "displacement"' in computed
    assert read(Borders(_unloadable, lines_file=LINES, key=boundaries_key())) == computed


def test_other_frontier_lines_or_an_edited_file_compute_the_answers_again(answers, tmp_path):
    lines = shutil.copy(LINES, tmp_path / "frontiers_osm.parquet")
    key = boundaries_key()
    osm = Borders(load_boundaries, lines_file=lines, key=key).measured("THA", "KHM")
    polygons = Borders(load_boundaries, lines_file=None, key=key).measured("THA", "KHM")
    assert osm["source"].startswith("OpenStreetMap") and polygons["source"].startswith("Natural Earth")
    st = os.stat(lines)
    os.utime(lines, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    with pytest.raises(AssertionError, match="loaded the boundaries"):
        Borders(_unloadable, lines_file=lines, key=key).measured("THA", "KHM")
    # other boundary files (here: other columns) have another key
    assert boundaries_key(columns={"name": "NAME_EN"}) != key


def test_a_broken_answer_file_is_computed_again(answers):
    key = boundaries_key()
    want = Borders(load_boundaries, lines_file=LINES, key=key).admin1_area("Surin", "THA")
    (path,) = answers.glob("*/admin1_area-*.pickle")
    path.write_bytes(path.read_bytes()[:20])
    assert Borders(load_boundaries, lines_file=LINES, key=key).admin1_area("Surin", "THA") == want
    assert Borders(_unloadable, lines_file=LINES, key=key).admin1_area("Surin", "THA") == want  # written again


def test_boundaries_made_in_memory_keep_nothing_on_disk(answers):
    from geomap.boundaries.model import Boundaries

    disk = load_boundaries()
    memory = Boundaries(disk.country_layer, disk.admin1_layer, disk.disputed_layer, source=disk.source)
    assert Borders(memory, lines_file=LINES).measured("THA", "KHM")["length_km"] > 600
    assert not answers.exists()


def test_the_answers_of_many_checkouts_used_side_by_side_coexist_and_stay_bounded(tmp_path):
    """Parallel checkouts (each its own key) keep their answers; old unused keys and keys beyond
    MOST go."""
    import time

    from geomap.boundaries import answers as module

    root = tmp_path / "border_answers"
    now = time.time()
    # twelve checkouts at work today (more than KEEP), and three versions unused for days
    for i in range(12):
        module.AnswerStore(f"today{i:02d}", root).put("q", (i,), i)
        os.utime(root / f"today{i:02d}", (now - 3600 * (i + 1),) * 2)
    for i in range(3):
        module.AnswerStore(f"old{i}", root).put("q", (i,), i)
        old = now - (module.RECENT_HOURS + 24 * (i + 1)) * 3600
        os.utime(root / f"old{i}", (old, old))
    module.AnswerStore("new", root).put("q", (0,), 0)  # a new version prunes
    kept = {p.name for p in root.iterdir()}
    assert kept == {"new", *(f"today{i:02d}" for i in range(12))}
    assert module.AnswerStore("today11", root).get("q", (11,)) == 11  # used 12 h ago: its answers still there
    for i in range(module.MOST + 5):  # a bound on the disk however many versions run
        module.AnswerStore(f"many{i:02d}", root).put("q", (i,), i)
    assert len(list(root.iterdir())) <= module.MOST
    assert (root / f"many{module.MOST + 4:02d}").is_dir()
