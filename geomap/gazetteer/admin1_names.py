"""English names of first-level units (data/admin1_names.csv), joined to the Natural Earth units.

Natural Earth and GeoNames name many provinces in a local or official form ("Mangghystau",
"Ajaria", "Shabeellaha Dhexe") where English news writes "Mangystau region", "Adjara",
"Middle Shabelle". The countries-states-cities database (ODbL, see data/README.md) has the
English form, the ISO 3166-2 code and a point for each unit. Its points are not all good
(Guyana's and Eritrea's regions carry a neighbour's), so a name goes to a Natural Earth unit
only when both agree: the row's point falls in the unit, and the unit's own name spells the
ISO 3166-2 name of the row's code (``iso_name``). A district's row inside a region, or a
shuffled point, fails the second test. Left out too: a name that is another unit's name of the
country, a name a town or unit of the country already has ("Naples": the town keeps it), a
region's or landmark's name of the team's tables ("Kurdistan", "Red Sea"), names made of generic
words only ("Eastern", "Capital"), and common English words ("Jewish", "Chechen": the table
writes some units by their adjective alone).

A spelling of the unit's own name is kept as an exact name: "Adjara" is fuzzily nearer a town
of Benin (Adjarra) than Natural Earth's "Ajaria".
"""
from __future__ import annotations

from geomap.gazetteer.data_files import read_csv
from geomap.gazetteer.normalize import fold, skeleton

#: Names as frequent in English as this (wordfreq zipf) or more are words, not units.
MAX_ZIPF = 3.0

#: Words that alone do not name a unit: a name made only of these is left out.
GENERIC_WORDS = frozenset(
    "north south east west centre center central northern southern eastern western northeastern "
    "northwestern southeastern southwestern middle upper lower capital city coast coastal islands "
    "island region province district peninsula territory the of and".split())


def bare_key(name: str) -> str:
    """Skeleton of a name without a leading Arabic article: "Al Kufrah" = "Kufra"."""
    f = fold(name)
    for article in ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "an "):
        if f.startswith(article):
            f = f[len(article):]
            break
    return skeleton(f)


def _named_phrase(name: str, spelt: bool) -> bool:
    """A name of two or more words that is a unit's name though its words are common English.

    wordfreq rates a phrase by its words, so "Northern Borders" (Saudi Arabia's Al Hudud ash
    Shamaliyah) rates as often as "borders": a phrase spelling the unit's own name ("Inner
    Mongolia"), or one with a word of direction or unit beside another word, is a name."""
    words = fold(name).replace("-", " ").split()
    return len(words) > 1 and (spelt or bool(set(words) & GENERIC_WORDS))


def english_admin1_names(admin_df, admin_rows: list[dict], known: list[list[str]],
                         towns: set[tuple[str, str]], taken: set[str], zipf, spelling_of,
                         unit_key) -> dict[int, list[str]]:
    """Admin-1 row index -> English names of that unit from data/admin1_names.csv.

    ``known[k]``: the names unit k already has (Natural Earth's and GeoNames'); ``towns``:
    (iso2, skeleton) of the names of the populated places and units; ``taken``: folded names of the team's
    regions and landmarks; ``zipf``: English frequency of a folded name; ``spelling_of`` and
    ``unit_key``: the index builder's test of two unit names spelling one name, and their key."""
    import shapely

    _spelling_of = spelling_of

    rows = [r for r in read_csv("admin1_names.csv") if r["name"]]
    if not rows:
        return {}
    pts = shapely.points([float(r["lon"]) for r in rows], [float(r["lat"]) for r in rows])
    tree = shapely.STRtree(admin_df.geometry.values)
    where: dict[int, int] = {}
    for i, k in zip(*(a.tolist() for a in tree.query(pts, predicate="within"))):
        if admin_rows[k]["iso2"] == rows[i]["iso2"]:
            where[i] = k
    names_of = [{unit_key(n) for n in (a["name"], a["gn_name"], a["woe_name"], *known[k]) if n}
                for k, a in enumerate(admin_rows)]
    units: dict[str, list[int]] = {}
    for k, a in enumerate(admin_rows):
        units.setdefault(a["iso2"], []).append(k)
    out: dict[int, list[str]] = {}
    for i, k in sorted(where.items()):
        r = rows[i]
        new = unit_key(r["name"])
        spelt = any(_spelling_of(own, new) for own in names_of[k])  # "Inner Mongolia" for "Inner Mongol"
        if not spelt and not any(_spelling_of(own, unit_key(r["iso_name"])) for own in names_of[k]):
            continue  # a neighbour's point, or a finer unit inside this one
        if new in names_of[k] or fold(r["name"]) in taken or \
                {(r["iso2"], skeleton(r["name"])), (r["iso2"], bare_key(r["name"]))} & towns:
            continue
        if zipf(fold(r["name"])) >= MAX_ZIPF and not _named_phrase(r["name"], spelt):
            continue
        if not set(new.replace("-", " ").split()) - GENERIC_WORDS:
            continue
        others = (j for j in units[r["iso2"]] if j != k)
        if any(_spelling_of(own, new) for j in others for own in names_of[j]):
            continue
        out.setdefault(k, []).append(r["name"])
    return out


def add_english_admin1_names(w, admin_df, admin_rows: list[dict], known: list[list[str]],
                             eids: dict[int, int], taken: set[str], spelling_of, unit_key, variants) -> int:
    """Give the admin-1 entries already written to ``w`` (row index -> entry id in ``eids``)
    their English names, once the towns and districts are written too: a name one of them has
    is left to it (GeoNames' "Al Wahat" district keeps its name and its own point).
    ``variants``: the other ways news writes a unit's name ("Larnaca (Larnaka)" -> "Larnaca").
    Returns how many names were added."""
    kinds = {e[0]: (e[7], e[5]) for e in w.entries}
    # a name some town, province or district of the country already has stays theirs
    towns = {(kinds[n[2]][0], n[1]) for n in w.names if kinds[n[2]][1] in ("city", "admin1", "admin2")}
    added = 0
    for k, names in english_admin1_names(admin_df, admin_rows, known, towns, taken, w.zipf,
                                         spelling_of, unit_key).items():
        if k in eids:
            iso2 = admin_rows[k]["iso2"]
            # the shorter forms pass the same tests ("Nicosia (Lefkoşa)" -> "Lefkoşa" is the town's)
            more = [v for v in variants(names) if (iso2, skeleton(v)) not in towns and (iso2, bare_key(v)) not in towns
                    and fold(v) not in taken and w.zipf(fold(v)) < MAX_ZIPF]
            added += w.add_names(eids[k], [*names, *more])
    return added
