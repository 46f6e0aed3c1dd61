"""Write notebooks/01_one_article.ipynb, 02_corpus.ipynb and 03_conflict_over_time.ipynb (outputs cleared).

Run from the repository root: ``python scripts/make_notebooks.py [NAME ...]`` (no name: all).
The notebooks are the source of truth once written; this script keeps their first version
reproducible.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent
KERNEL = {"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
          "language_info": {"name": "python"}}


def nb(cells):
    book = new_notebook(cells=[new_markdown_cell(c[3:]) if c.startswith("md:") else new_code_cell(c.strip())
                               for c in cells], metadata=KERNEL)
    return book


ONE = [
    """md:# One article → places, incidents, frontier, map

geomap reads a news report of a border conflict and gives back four layers as
GeoDataFrames (EPSG:4326): `places`, `incidents`, `displacement` and `frontier`.
Everything here runs offline.

The article is one of the team's invented samples in `examples/` (real places, made-up
events). Its publication date matters: "on Monday" is resolved against it.""",
    """
import os
from pathlib import Path

import geomap

ARTICLE = Path("../examples/thailand_cambodia_border.txt")
OUT = Path(os.environ.get("GEOMAP_OUTPUT", "../output"))   # where files go: the project's output/
OUT.mkdir(parents=True, exist_ok=True)

r = geomap.read(ARTICLE, published="2025-07-28")
print(repr(r))
""",
    """md:## Places the article names

One row per mention: the text as written (`mention`, with its character offsets), the
gazetteer entry it was resolved to, and how sure geomap is.""",
    """
r.places[["mention", "name", "place_type", "iso3", "admin1", "confidence", "gazetteer_id"]]
""",
    """md:## Incidents

ACLED event types, dates resolved against the publication date, fatalities when the text
gives a number, and `geo_precision` (1 = the named town, 2 = near it, 3 = a region or a
stretch of frontier).""",
    """
incidents = r.incidents
incidents[["event_type", "sub_event_type", "date", "fatalities", "location", "admin1", "geo_precision"]]
""",
    """
# Every incident keeps the sentence it was read from
for _, row in incidents.head(3).iterrows():
    print(f"{row.event_type} @ {row.location} ({row.date}):\\n    {row.source_sentence}\\n")
""",
    """
incidents.groupby("event_type").agg(incidents=("event_type", "size"), fatalities=("fatalities", "sum"))
""",
    """md:## The frontier and the areas people fled

`length_km` is measured on the boundary data (Natural Earth); `stated_length_km` is what the
article says. Generalised boundaries undercount long, winding borders, so both are kept.""",
    """
r.frontier[["iso3_a", "iso3_b", "length_km", "stated_length_km"]]
""",
    """
r.displacement[["name", "iso3", "displaced", "displaced_text"]]
""",
    """md:## The map

`r` on its own in a cell shows the map inline, self-contained (scripts inlined, vector
boundaries instead of web tiles). `r.explore()` / `r.to_map()` return the folium `Map`
to customise; pass `offline=False` for web tiles when you are online.""",
    """
m = r.explore()
m
""",
    """md:## Out to QGIS, pandas and spreadsheets

`to_file` infers the format from the extension: `.gpkg` (one layer per geomap layer),
`.parquet` (GeoParquet with a `layer` column), `.csv` (incidents with ACLED's columns),
`.geojson` (the SPEC FeatureCollection).""",
    """
import pyogrio

gpkg = r.to_file(OUT / "thailand_cambodia.gpkg")
pyogrio.list_layers(gpkg)
""",
    """
import pandas as pd

csv_path = r.to_file(OUT / "thailand_cambodia_incidents.csv")
pd.read_csv(csv_path)[["event_date", "event_type", "location", "latitude", "longitude", "fatalities"]].head()
""",
]

CORPUS = [
    """md:# A small corpus: incidents over time, by province, on a map

Seven short reports **invented by the team** (`examples/corpus/border_incidents.jsonl`,
one JSON object per line: `id`, `published`, `title`, `text`). `geomap.read_many` reads
them all into one `Result`; every row of every layer says which `document` it came from.""",
    """
import os
from pathlib import Path

import pandas as pd

import geomap

CORPUS = Path("../examples/corpus/border_incidents.jsonl")
OUT = Path(os.environ.get("GEOMAP_OUTPUT", "../output"))
OUT.mkdir(parents=True, exist_ok=True)

r = geomap.read_many(CORPUS, errors="skip")
print(repr(r))
""",
    """
inc = r.incidents.copy()
inc["date"] = pd.to_datetime(inc["date"])
inc[["document", "event_type", "date", "fatalities", "location", "iso3", "admin1"]]
""",
    """md:## Incidents over time""",
    """
per_day = (inc.dropna(subset=["date"])
              .groupby([pd.Grouper(key="date", freq="D"), "event_type"]).size()
              .unstack(fill_value=0))
ax = per_day.loc["2025-07"].plot.bar(stacked=True, figsize=(8, 3), title="Thailand–Cambodia incidents per day")
ax.set_xticklabels([d.strftime("%d %b") for d in per_day.loc["2025-07"].index], rotation=0)
ax.set_xlabel("");
""",
    """md:## By first-level division (admin-1)""",
    """
by_admin1 = (inc.dropna(subset=["admin1"])
                .groupby(["iso3", "admin1"])
                .agg(incidents=("event_type", "size"), fatalities=("fatalities", "sum"))
                .sort_values("incidents", ascending=False))
by_admin1
""",
    """md:## A choropleth

geomap's boundary data (Natural Earth) has the admin-1 polygons; join the counts on
country and name.""",
    """
from geomap.boundaries import load_boundaries

units = load_boundaries().admin1_units
choro = units.merge(by_admin1.reset_index(), left_on=["iso3", "name"], right_on=["iso3", "admin1"])
choro[["iso3", "name", "incidents", "fatalities"]]
""",
    """
region = units[units["iso3"].isin(["THA", "KHM"])]
ax = region.plot(color="#eeeeee", edgecolor="white", figsize=(7, 7))
choro[choro["iso3"].isin(["THA", "KHM"])].plot(column="incidents", cmap="OrRd", legend=True, ax=ax,
                                               edgecolor="grey", legend_kwds={"label": "incidents"})
ax.set_xlim(101.5, 106); ax.set_ylim(11.5, 15.5); ax.set_axis_off();
""",
    """md:## The interactive map, with the choropleth on it

`to_map()` returns geomap's folium map: add any folium layer to it. (With
`mapclassify` installed, geopandas' `choro.explore(m=m, column="incidents")` does the same.)""",
    """
import folium
from branca.colormap import linear

m = r.to_map(title="Invented corpus: border incidents")
scale = linear.OrRd_09.scale(0, int(choro["incidents"].max()))
folium.GeoJson(
    choro[["name", "incidents", "fatalities", "geometry"]],
    name="Incidents per admin-1",
    style_function=lambda f: {"fillColor": scale(f["properties"]["incidents"]), "color": "grey",
                              "weight": 1, "fillOpacity": 0.55},
    tooltip=folium.GeoJsonTooltip(["name", "incidents", "fatalities"]),
).add_to(m)
m
""",
    """md:## Out: one GeoPackage for QGIS, one ACLED-style CSV for a spreadsheet""",
    """
gpkg = r.to_file(OUT / "corpus.gpkg")
csv_path = r.to_file(OUT / "corpus_incidents.csv")
back = geomap.read_file(csv_path)          # an ACLED export reads the same way
print(repr(back))
(back + r).counts()
""",
]


OVER_TIME = [
    """md:# Many reports, one picture: a conflict over time

An analyst's corpus tells most events several times. Here: 34 short reports **invented by
the team** about three frontiers (Thailand–Cambodia, Armenia–Azerbaijan,
Kyrgyzstan–Tajikistan), written by 15 made-up outlets in different words, spellings, dates
and tolls, and a small **invented** ACLED-style export (`acled_sample.csv`). They are the
project's fusion test corpus (`tests/fixtures/fusion_corpus`, with its hand-written gold).

`Result.fuse()` turns every incident told by several documents into one event with all its
sources; events in the ACLED export and incidents in the articles fuse the same way, so each
event says whether ACLED already has it (`in_acled`).""",
    """
import os
from pathlib import Path

import pandas as pd

import geomap

CORPUS = Path("../tests/fixtures/fusion_corpus")
OUT = Path(os.environ.get("GEOMAP_OUTPUT", "../output"))   # where files go
OUT.mkdir(parents=True, exist_ok=True)

reports = geomap.read_many([CORPUS / "reports.jsonl", CORPUS / "acled_sample.csv"])
events = reports.fuse(title="Three frontiers, invented reports")
print(repr(reports))
print(repr(events))
""",
    """md:## One row per event

`report_count` is the number of documents that tell it; `fatalities` follows ACLED's rule
(the lowest figure a source gives), every figure is kept in `fatalities_reported`.""",
    """
ev = events.incidents
ev[["event_type", "date", "location", "iso3", "report_count", "fatalities", "fatalities_reported", "in_acled"]] \
    .sort_values("report_count", ascending=False).head(10)
""",
    """md:## Every source of one event, with its sentence""",
    """
top = ev.sort_values("report_count", ascending=False).iloc[0]
pd.DataFrame(top["sources"])[["title", "outlet", "date", "fatalities", "sentence"]]
""",
    """md:## ACLED in, articles in: what is new?

Events whose sources include an ACLED row are `in_acled`; the others are incidents the
articles report and the export does not have (yet).""",
    """
ev["in_acled"].astype(bool).value_counts().rename({True: "in ACLED", False: "new"})
""",
    """
ev.loc[~ev["in_acled"].astype(bool), ["event_type", "date", "location", "report_count", "source"]].head(8)
""",
    """md:## Events per day, by type, and the tolls

Days far apart are drawn as separate panels (one per stretch of the corpus).""",
    """
from geomap.render.charts import admin1_figure, figure_bytes, timeline_figure
from IPython.display import Image, display

timeline = timeline_figure(events, title="Events per day")
(OUT / "conflict_timeline.png").write_bytes(figure_bytes(timeline))
display(Image(figure_bytes(timeline)))
""",
    """md:## Events and fatalities per first-level division

Natural Earth admin-1 polygons from `geomap.boundaries`; an incident placed only along a
frontier lies in no one division and is left out (the caption counts it).""",
    """
choropleth = admin1_figure(events, title="Per first-level division")
(OUT / "conflict_admin1.png").write_bytes(figure_bytes(choropleth))
display(Image(figure_bytes(choropleth)))
""",
    """md:## The map: one symbol per event, sized by its sources

Click an event: its popup lists every source with its sentence. The time slider (bottom
left) narrows the map to some days.""",
    """
m = events.to_map(offline=True)
m
""",
    """md:## Out: the fused events for QGIS and spreadsheets

In the CSV each row is one event, with every outlet in ACLED's `source` column.""",
    """
events.to_file(OUT / "conflict_events.gpkg")
csv_path = events.to_file(OUT / "conflict_events.csv")
pd.read_csv(csv_path)[["event_id_cnty", "event_date", "event_type", "location", "fatalities", "source"]].head()
""",
]

NOTEBOOKS = {"01_one_article.ipynb": ONE, "02_corpus.ipynb": CORPUS, "03_conflict_over_time.ipynb": OVER_TIME}


def main(names: list[str] | None = None) -> None:
    out = ROOT / "notebooks"
    out.mkdir(exist_ok=True)
    for name in names or NOTEBOOKS:
        nbformat.write(nb(NOTEBOOKS[name]), out / name)
        print(out / name)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
