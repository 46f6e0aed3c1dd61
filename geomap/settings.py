"""Every tunable in one place, read when a function runs (never at import time).

Environment variables override the defaults so that the command line, tests and
notebooks can point geomap at other data without code changes:

GEOMAP_SHAPEFILES   folder with shapefiles named like the bundled Natural Earth ones
GEOMAP_COUNTRIES    a countries boundary file (any format GDAL reads)
GEOMAP_ADMIN1       a first-level divisions boundary file
GEOMAP_DISPUTED     a disputed claim lines file
GEOMAP_COLUMNS      column mapping for user boundary files, "iso3=GID_0,name=NAME_1,..."
GEOMAP_CACHE_DIR    where the gazetteer index and other caches live
GEOMAP_BATCH_CACHE  where batch results are cached (default: GEOMAP_CACHE_DIR/batch)
GEOMAP_GAZETTEER    extra gazetteer entries: CSV or GeoJSON paths separated by os.pathsep
GEOMAP_FRONTIER_LINES  detailed frontier lines that measure and draw frontiers (default: the
                    bundled OpenStreetMap lines); "natural-earth" measures on the polygons
GEOMAP_CHROMIUM     the Chromium that draws PNG pictures of maps; "none" draws them with
                    matplotlib instead (also what happens when no Chromium is installed)
GEOMAP_PATTERN_CACHE  "0": compile the reading rules' patterns in every process (default: made
                    from a table kept in the cache, see geomap.pattern_cache)
"""
from __future__ import annotations

import contextlib
import functools
import os
from pathlib import Path
from typing import Iterator

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent

# ---------------------------------------------------------------------------------------
# Tunables. Each was chosen by measurement on the team's own cases and the even-numbered
# (tune) halves of GeoVirus and TR-News; the module named beside it uses it.
# ---------------------------------------------------------------------------------------

# Resolving a mention to a gazetteer entry (geomap.reading.resolve): what each thing weighs.
W_COUNTRY = 7.0  # candidate lies in a country the article is about (scaled by its share)
W_ADMIN = 9.0  # the text puts the mention in this country/admin-1 ("in Thailand's X", "X, Y")
W_SUFFIX = 8.0  # "X Province" asks for an admin-1 unit
W_NEAR = 7.0  # close to the article's anchors (falls linearly to 0 at NEAR_KM)
NEAR_KM = 300.0
W_PRIMARY = 2.0  # the text writes the entry's own name, not one of its alternates ("Oklahoma")
W_LIST = 6.0  # per listed sibling of one kind ("Georgia, Oklahoma, Pennsylvania"), up to 4
W_TOWN = 4.0  # "near X", "the town of X" asks for a town rather than a province named X
W_SEAT = 3.0  # a bare name shared by a province and its capital town is the town ("officials in Mafraq")
W_STATE = 6.0  # a town in an admin-1 unit the article names elsewhere (scaled by its share)
W_CITY_NAME = 8.0  # bare "Quebec" when the city is "Quebec City": the province (or state, country) is meant
RESOLVE_ADMIN2_REACH_KM = 60.0  # a second-level unit (a point in the gazetteer) holds the places this near it
#: A candidate this far from every other place of the article, in a country it never names,
#: is a misreading (resolve: against the article's anchors).
RESOLVE_STRANGER_KM = 2000.0
#: ... and a place under this population is such a misreading even when the text writes its own name.
RESOLVE_STRANGER_MAX_POPULATION = 5000
#: a town the text names by part of its gazetteer name ("Salvador Mazza" for Profesor Salvador Mazza),
#: in a country the article never names, is the article's place within this distance of another it names
RESOLVE_SHORT_FORM_KM = 150.0
#: a town under this population read in a name written with "the" ("on the Zambezi"), farther than
#: NEAR_KM from every other place of the article, is a river or region of that name (reading.definite_names)
DEFINITE_TOWN_MAX_POPULATION = 50_000
#: A town under this population (or, read through another spelling, under the second figure),
#: in a country an article naming its countries never names, this far from every other place
#: of the article, is a namesake: the article's own place is one the gazetteer lacks.
RESOLVE_NAMESAKE_KM = 1000.0
RESOLVE_NAMESAKE_MAX_POPULATION = 100_000
RESOLVE_NAMESAKE_MAX_POPULATION_OTHER_SPELLING = 1_000_000
#: A village under this population, farther than LOCAL_NAMESAKE_KM from every other place of an
#: article three of whose places lie within LOCAL_STORY_KM of one of them (a local story), and no
#: farther than RESOLVE_NAMESAKE_KM (beyond: another region, named in passing), is a namesake even
#: in the story's own country (reading.local_namesakes)
LOCAL_NAMESAKE_MAX_POPULATION = 5000
LOCAL_NAMESAKE_MAX_POPULATION_OTHER_SPELLING = 50_000  # (read through another of its names)
LOCAL_NAMESAKE_KM = 250.0
LOCAL_STORY_KM = 150.0
#: ... and a town under this population, of a country the article never names, listed with its places
LISTED_NAMESAKE_MAX_POPULATION = 1_000_000
#: Places the gazetteer lacks, typed by the text ("the village of X near Y"; geomap.reading.unlisted):
UNLISTED_CONFIDENCE = 0.5  # confidence of such a place (its point is its container's)
#: A river the gazetteer holds as one point is put at the place named beside it within this reach
#: (the Mekong's point at Vientiane lies 380 km from Chiang Saen; a misread town farther still)
RIVER_REACH_KM = 1000.0
#: A lake the gazetteer holds as one point (its middle) lies up to this far from a town on its shore
#: (Lake Kariba's point is 80 km from Siavonga; Lake Victoria spans 330 km)
LAKE_SHORE_KM = 200.0
UNLISTED_NEAR_KM = 100.0  # a gazetteer entry this close to the unit the text names is the place meant
#: a village, community or border crossing the text types, read by the gazetteer as a small town
#: farther than this from every other place the article names, is a namesake the gazetteer lacks
UNLISTED_NAMESAKE_KM = 600.0
UNLISTED_NEAR_CHARS = 120  # without a unit, the nearest place of the sentence within this many characters
#: a city this big opening its sentence with a speech verb ("Port Sudan accused") stands for a government
GOVERNMENT_CITY_POPULATION = 100_000
UNLISTED_CAPITAL_CHARS = 25  # ... a capital only this near ("X, 20 km north of Kabul"; not "Cairo sent teams to X")
UNLISTED_NEARBY_SENTENCES = 2  # else the place named last in the sentences before (this many)
HINT_MAX_ZIPF = 3.3  # a name only hinted ("near X") must be rarer than this in English, Spanish and French
UNLISTED_MAX_ZIPF = 4.5  # a name made only of words this common in English (wordfreq zipf) is not one
#: Spelling variants (geomap.reading.spelling): rapidfuzz ratio (0-100) a name needs to match a
#: gazetteer name of one of the article's countries, and the shortest name tried.
SPELLING_MIN_RATIO = 90.0
OWNED_UNIT_MIN_RATIO = 0.75  # "Iran's Kurdistan province" ~ Kordestan: likeness among the owner's own provinces
#: A district written without its word ("Bajaur" for Bajaur Agency) is a mention only when the
#: name is rarer than this as an English word (wordfreq zipf; geomap.reading.mentions).
BARE_DIVISION_MAX_ZIPF = 2.0
# wordfreq rates a phrase about as common as its rarer word ("Dong Dang" as "dang"): a name of two
# or more capitalised words written mid-sentence is rated this much rarer
NAME_PHRASE_ZIPF_DISCOUNT = 0.5
SPELLING_MIN_LENGTH = 6
#: letters a name must have to be looked for with its country's village word or letters ("Pa Pae" as
#: "Ban Pa Pae"): the longer local form is matched by skeleton, not by edit ratio
LOCAL_SPELLING_MIN_LENGTH = 5
SPELLING_MIN_POPULATION = 10_000  # a loose match in an article naming no other place must be this big
SPELLING_MAX_ZIPF = 2.5  # names at least this common as English words (wordfreq zipf) are not tried

# Choosing the frontier an article is about (geomap.reading.frontier_choice).
W_BORDER = 2.0  # multiplier for a mention in a sentence with border words
W_EVENT = 1.5  # multiplier for a mention in a sentence reporting an event
W_GOVERNMENT = 0.8  # a capital or country speaking for its state
W_DEMONYM = 0.8  # "Thai troops"
W_COOCCUR = 0.5  # per sentence naming both countries of a pair
MIN_SIDE = 0.75  # the weaker country of a pair needs at least this much evidence
SECOND_SHARE = 0.6  # a second frontier needs this share of the best pair's score
MAX_COUNTRIES = 6  # countries considered for pairs, best supported first

# Events and their places (geomap.reading.events, geomap.reading.placement).
DATE_LOOKBACK = 2  # sentences a dateless event may take its date from
#: A place this far from the frontier at issue, in a country the text never names, is not
#: where the article's events are (events: against the frontier line; tighter than the
#: resolver's, which compares with other places).
EVENT_STRANGER_KM = 1500.0
#: ... and a toll is not kept on an incident in such a third country this far from the frontier
#: (geomap.reading.stranger_tolls): a number there is more likely a misread place than the story's.
TOLL_STRANGER_KM = 300.0
#: A running count of deaths that started at least this many days before the report ("killed since
#: January") is no one point incident's toll (geomap.reading.tolls.running_total).
TOLL_RUNNING_DAYS = 14
#: ... and one that started at least this many days before ("killed since March", "this year") is no
#: frontier-wide incident's either: months of raids along the line are not one event (tolls.long_running).
TOLL_LONG_RUNNING_DAYS = 60
ROAD_BETWEEN_MAX_KM = 200.0  # "on the road between X and Y": one incident midway when the towns are this near
STRETCH_ANCHOR_KM = 60.0  # a named town this near a province's stretch of frontier anchors its unlisted villages
DATELINE_TOWN_MAX_POPULATION = 500_000  # a dateline town smaller than this places an unlisted name of its sentence
CROSSING_FRONTIER_KM = 40.0  # a crossing "with C" is read as the namesake this near its frontier with C
THIRD_FRONTIER_MAX_KM = 300.0  # an unlisted place told by another country's border is moved to it from at most this far
DIVISION_MIDDLE_FAR_KM = 100.0  # an unlisted place at a border province's middle this far from the frontier goes to its stretch
MAX_OFFSET_KM = 150.0  # "25 km west of Goma" is taken literally up to this distance
MAX_SEA_OFFSET_KM = 500.0  # ... and at sea ("190 miles north-west of Stanley", geomap/text/at_sea.py)

# Geometry handed from reading to the layers (geomap.reading.borders).
FRONTIER_TOLERANCE_DEG = 0.002  # frontier lines are simplified to this
AREA_TOLERANCE_DEG = 0.005  # displacement polygons are simplified to this
STRETCH_VERTEX_DEG = 0.1  # an incident's stretch of frontier has a vertex at least every ~11 km

# `geomap frontier`: disputed claim lines within this distance of a frontier are listed.
FRONTIER_NEAR_KM = 50.0
# a town the gazetteer puts only in a coarse boundary unit (Kenya's old provinces) lies in the
# finer division the article names within this distance of it (Sololo, Marsabit County: 130 km)
FINER_UNIT_KM = 200.0
# "300 families fled X" (geomap.reading.displacement): True reads 300 as a lower bound of the
# people displaced, as the team's gold does; False leaves a count of households or families null
# (with its words) unless the text also gives people ("300 families, about 1,500 people")
HOUSEHOLDS_AS_PEOPLE = True
# "Thousands fled X" (geomap.reading.displacement): True puts the conservative reading (1,000) on X;
# False leaves the figure null with its words (the text gives no number)
VAGUE_DISPLACED_AS_NUMBER = True
# "Most of the new arrivals are from X" (geomap.reading.told_origin): how many sentences back the
# movement of the people it refers to may be told
ORIGIN_LOOKBACK = 6

# Boundary queries (geomap.boundaries).
#: Tolerance (degrees, about 1.1 km at the equator) for lines that should coincide but
#: do not quite, as between two countries taken from different files or with slivers.
SNAP_DEG = 0.01
MIN_FRONTIER_KM = 0.5  # shared lines shorter than this do not count as a land frontier
#: two countries whose coasts come closer than this face each other across the sea: a story
#: about them gets a maritime frontier (the Falklands lie ~370 km off Argentina's coast)
MAX_SEA_FRONTIER_KM = 450.0
MIN_STRETCH_KM = 0.05  # stretches of a frontier along an admin-1 unit shorter than this are corner touches
FUZZY_CUTOFF = 0.8  # lowest difflib ratio for a fuzzy admin-1 match within one country

# Files, caches and the network (geomap.io.atomic, geomap.gazetteer.build, geomap.geocoders).
#: A temporary file of geomap's own naming pattern this old is debris of a killed run (a
#: GeoPackage of a large batch is written in well under a minute on the team's machine).
STALE_TEMP_MINUTES = 30.0
#: How long a process waits for another one building the gazetteer index (a build takes
#: about 160 s on 2 cores) before giving up with a one-line error.
INDEX_LOCK_WAIT_S = 900.0
#: An online geocoder's time for one request, and for retrying network failures in one run;
#: once the budget is spent the run goes on offline (one warning, nothing cached).
GEOCODER_TIMEOUT_S = 10.0
GEOCODER_TIME_BUDGET_S = 30.0
GEOCODER_RETRY_DELAY_S = 1.0  # first pause between retries, doubled each time


# Event fusion (geomap.fusion): when two reports of different documents are one event.
# Chosen on the hand-written corpus tests/fixtures/fusion_corpus (scripts/score_fusion.py);
# the README's "Many reports, one picture" explains them.
#: How far (km) from its point an incident of geo_precision 1 / 2 may have happened. A named
#: town or landmark covers a few km; "near X" or a district placed at its seat about 10 km.
#: Two points match within the sum of their radii: towns 10 km, a town and a "near"/district
#: place 15 km, two "near" places 20 km. Two villages 25-30 km apart never match.
FUSION_PRECISION_RADIUS_KM = {1: 5.0, 2: 10.0}
#: A province-level incident (geo_precision 3 at a point) matches points of the same admin-1;
#: when a side lacks admin1 the province is taken as a disc of this radius (a mid-sized one).
FUSION_AREA_RADIUS_KM = 60.0
#: An incident "along the border" (a line) matches incidents within this distance of the line:
#: fighting along a border happens in the border districts.
FUSION_FRONTIER_CORRIDOR_KM = 30.0
#: One article telling one event twice: the same place is within this distance (one town
#: from two gazetteer entries, a town and its landmark).
FUSION_SAME_PLACE_KM = 2.0
#: An undated incident happened on one of this many days before its report's publication
#: (or that day): news reports the last few days.
FUSION_NULL_DATE_WINDOW_DAYS = 3
#: Half-width in days of ACLED's time precisions: 1 the day, 2 a week, 3 a month.
FUSION_TIME_PRECISION_HALF_DAYS = {1: 0, 2: 3, 3: 15}
#: Words by which a date names a night, which spans two dates ("overnight" in a morning paper
#: is the night before; another outlet dates the same shells the next day).
FUSION_NIGHT_WORDS = r"\b(?:overnight|night)\b"
#: Sub-event types a more specific one may refine (ACLED's codebook): one outlet's "clash" is
#: another's "troops retook the post". Other differing sub-types are distinct events.
FUSION_SUBTYPE_REFINEMENTS = {
    "Armed clash": {"Government regains territory", "Non-state actor overtakes territory"},
    "Peaceful protest": {"Protest with intervention", "Excessive force against protesters"},
}
#: Cell sizes (degrees) of fusion's spatial index: about 28 km for points, so a town's
#: candidates lie in the 3 x 3 cells around it; about 110 km for province-level records,
#: which match from FUSION_AREA_RADIUS_KM away. Speed only: results do not depend on them.
FUSION_GRID_DEG = 0.25
FUSION_AREA_GRID_DEG = 1.0

# Hard-wrapped text (geomap.text.unwrap): newlines that only wrap a paragraph read as spaces.
WRAP_MAX_WIDTH = 100  # lines longer than this are paragraphs of their own, never wrapped lines
WRAP_MIN_WIDTH = 35  # ... and a text whose lines are mostly shorter is no wrapped prose (lists, addresses)
WRAP_MIN_FULL_LINES = 2  # a text is wrapped when at least this many lines are full to its width
WRAP_OVERSHOOT = 8  # a line this much longer than the width most lines keep to is no wrapped line (a headline)

# Batches (geomap.batch, geomap.batch_workers): when worker processes pay off.
#: The command line collects young objects after this many new ones (Python's 700 made the first
#: pass over a batch, which fills the look-up memos and reads the boundary answers, spend about
#: 8 % of its CPU in the collector; memory stays the same: few of geomap's objects form cycles).
CLI_GC_YOUNG = 10_000
BATCH_PROBE_SECONDS = 0.5  # the main process reads alone this long (wall) first, to measure its speed
BATCH_POOL_MIN_SECONDS = 8.0  # workers start only when the rest would take longer than this in process
BATCH_IDLE_CORES = 0.9  # ... and this much of the machine's CPU sat idle meanwhile (or the kernel shares it by process)
BATCH_PHASE_SECONDS = 0.5  # a trial alternates phases this long without and with the workers ...
BATCH_TRIAL_PAIRS = 3  # ... this many of each
BATCH_POOL_GAIN = 1.1  # workers get documents only when the batch went this much faster with them
BATCH_POOL_CLEAR_GAIN = 1.4  # ... a trial stops after its first pairs once they made it this much faster
BATCH_REJUDGE_SECONDS = 30.0  # ... until the next trial, this long after
BATCH_QUEUED = 3  # documents per worker handed over and not yet back (the main process reads the others)
BATCH_WINDOW = 16  # documents in flight per reading process (memory stays flat in the batch size)
BATCH_PIPE_BYTES = 1 << 20  # a worker's pipes hold this much (Linux): it seldom waits to send a result
BATCH_WRITE_ROWS = 2000  # rows per chunk when a batch's GeoPackage or GeoParquet is written
BATCH_WRITE_COORDS = 200_000  # ... or coordinates per chunk, whichever comes first (frontier lines are long;
# a chunk costs ~50 bytes a coordinate while written: 1,000,000 took 60-130 MB more at the peak)
BATCH_GEOMETRY_MIN_CHARS = 1000  # a line or area geometry's JSON text this long is kept for the next document
BATCH_GEOMETRY_CHARS = 8_000_000  # ... up to this many characters of such texts in all (per process)
# The batch result cache (geomap.batch_prune): pruned when a batch ends, at most this often ...
BATCH_CACHE_PRUNE_HOURS = 24.0
BATCH_CACHE_DAYS = 30.0  # ... of the results unused (neither read nor written) this many days ...
BATCH_CACHE_MB = 1000.0  # ... then of the least recently used beyond this size (~15 kB a news article)
# Memo tables kept from document to document (per process): past this many entries the oldest
# half goes (geomap.gazetteer.memo), so a long batch of varied news stays flat in memory. A name
# key's hits hold its gazetteer entries (about 1 kB a key): 3 tables of 30,000 keys stay under 100 MB.
NAME_HITS_KEPT = 30_000

#: GEOMAP_* values given in code (the command line's data options), read before the environment.
_OVERRIDES: dict[str, str] = {}


def _env(name: str) -> str | None:
    """A GEOMAP_* setting: an :func:`override`, else the environment variable."""
    return _OVERRIDES.get(name) or os.environ.get(name)


@contextlib.contextmanager
def override(**values: str | None) -> Iterator[None]:
    """Use these GEOMAP_* values inside the block, without touching ``os.environ``.

    >>> with override(GEOMAP_ADMIN1="gadm.gpkg"):  # doctest: +SKIP
    ...     geomap.read("article.txt")
    """
    saved = dict(_OVERRIDES)
    _OVERRIDES.update({k: v for k, v in values.items() if v})
    try:
        yield
    finally:
        _OVERRIDES.clear()
        _OVERRIDES.update(saved)


def shapefiles_dir() -> Path:
    """Folder of the boundary shapefiles: GEOMAP_SHAPEFILES, else the bundled ones, which an
    installed wheel holds as the data package ``geomap._shapefiles`` and a checkout (also
    installed editable) at its root, in ``shapefiles/``."""
    if _env("GEOMAP_SHAPEFILES"):
        return Path(_env("GEOMAP_SHAPEFILES"))
    installed = PACKAGE_DIR / "_shapefiles"
    return installed if installed.is_dir() else PROJECT_DIR / "shapefiles"


def boundary_file(kind: str) -> Path:
    """Path of the boundary file for ``kind`` in {"countries", "admin1", "disputed"}."""
    env = {"countries": "GEOMAP_COUNTRIES", "admin1": "GEOMAP_ADMIN1", "disputed": "GEOMAP_DISPUTED"}[kind]
    if _env(env):
        return Path(_env(env))
    return shapefiles_dir() / f"ne_{kind}.shp"


def frontier_lines_file() -> Path | None:
    """The detailed frontier lines that measure and draw a frontier, or None to measure on the
    boundary polygons themselves.

    ``GEOMAP_FRONTIER_LINES`` names a file (the columns of ``shapefiles/frontiers_osm.parquet``),
    or ``natural-earth`` (or ``none``) for the polygons. Default: the bundled OpenStreetMap
    lines, unless the user named their own boundary files (then their files measure it).
    """
    raw = (_env("GEOMAP_FRONTIER_LINES") or "").strip()
    if raw.lower() in ("natural-earth", "naturalearth", "none", "polygons"):
        return None
    if raw:
        return Path(raw)
    if user_boundary_files() and not _env("GEOMAP_SHAPEFILES"):
        return None
    return shapefiles_dir() / "frontiers_osm.parquet"


def user_boundary_files() -> list[str]:
    """Boundary files the user named instead of the bundled ones (empty when none)."""
    names = ("GEOMAP_COUNTRIES", "GEOMAP_ADMIN1", "GEOMAP_DISPUTED", "GEOMAP_SHAPEFILES")
    return [_env(n) for n in names if _env(n)]


def boundary_columns() -> dict[str, str]:
    """User column mapping for non-Natural-Earth boundary files (geomap name -> file column)."""
    raw = _env("GEOMAP_COLUMNS") or ""
    pairs = [p.split("=", 1) for p in raw.split(",") if "=" in p]
    return {k.strip(): v.strip() for k, v in pairs}


def cache_dir() -> Path:
    """Per-user cache folder (gazetteer index, geocoding cache, batch cache)."""
    explicit = _env("GEOMAP_CACHE_DIR")
    if explicit:
        return _path(explicit)
    return _user_cache_dir(*(os.environ.get(k) for k in ("XDG_CACHE_HOME", "HOME", "LOCALAPPDATA")))


@functools.lru_cache(maxsize=8)
def _path(folder: str) -> Path:
    """``Path(folder)``, made once (the default gazetteer is looked up by its folder for every article)."""
    return Path(folder)


@functools.lru_cache(maxsize=8)
def _user_cache_dir(*environment: str | None) -> Path:
    """platformdirs' answer for the environment it reads (asked for every article: kept)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("geomap"))


def pattern_cache_enabled() -> bool:
    """GEOMAP_PATTERN_CACHE: "0" compiles the reading rules' patterns in every process
    instead of making them from the table kept in the cache (``geomap.pattern_cache``)."""
    return (_env("GEOMAP_PATTERN_CACHE") or "1").strip() != "0"


def batch_cache_dir() -> Path:
    """Where batch results are kept for reuse (GEOMAP_BATCH_CACHE, else ``cache_dir()/batch``)."""
    return Path(_env("GEOMAP_BATCH_CACHE") or cache_dir() / "batch")


def user_gazetteer_files() -> list[Path]:
    """Extra gazetteer files named in GEOMAP_GAZETTEER."""
    raw = _env("GEOMAP_GAZETTEER") or ""
    return [Path(p) for p in raw.split(os.pathsep) if p.strip()]


def chromium() -> str | None:
    """GEOMAP_CHROMIUM: a Chromium binary for PNG pictures, "none" for no browser at all,
    or None (unset) to look for one (/usr/bin/chromium, then PATH)."""
    return _env("GEOMAP_CHROMIUM")


def output_dir() -> Path:
    """Where maps go when no -o is given."""
    return Path(_env("GEOMAP_OUTPUT") or Path.cwd() / "output")
