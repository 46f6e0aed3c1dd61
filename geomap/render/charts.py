"""Pictures of a conflict over time and space: a timeline and an admin-1 choropleth (matplotlib).

People read a bar per day faster than a table of events. :func:`timeline_figure` draws the
events per day stacked by ACLED event type (the map's colours) over the fatalities per day;
days far apart (a corpus about several frontiers) are drawn as separate panels of one
figure, so a quiet month does not squeeze the busy days into hairlines.
:func:`admin1_figure` shades each first-level division by its events and by its fatalities,
one row per region of the corpus. Both take SPEC FeatureCollections (fused or not) and return
a :class:`matplotlib.figure.Figure`; :func:`figure_bytes` gives PNG or SVG bytes (written by
the caller: this module writes no file).
"""
from __future__ import annotations

import io
import math
from datetime import date, timedelta

from geomap.render.data import iter_features, valid_date
from geomap.render.style import BOUNDARY_COLOR, EVENT_STYLE, LAND_COLOR, OTHER_EVENT_LABEL, OTHER_EVENT_STYLE, SEA_COLOR

__all__ = ["event_rows", "timeline_figure", "admin1_figure", "figure_bytes", "admin1_counts"]

#: Days without events longer than this split the timeline into separate panels.
TIMELINE_GAP_DAYS = 10
#: At most this many panels; beyond it the timeline is one continuous axis.
TIMELINE_MAX_PANELS = 6
#: Divisions whose centroids lie within this distance (km) are drawn in one panel of the choropleth.
REGION_KM = 900.0
FATALITY_COLOR = "#7a1f1f"


def _collections(data) -> list[dict]:
    if isinstance(data, dict):
        return [data]
    if hasattr(data, "collections"):  # a geomap.Result
        return list(data.collections)
    return list(data)


def _number(v) -> int:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or v != v:
        return 0
    return int(v)


def event_rows(data) -> list[dict]:
    """One ``{date, event_type, fatalities, lon, lat, point}`` per incident (dated or not)."""
    rows = []
    for _, f in iter_features(_collections(data), "incident"):
        p = f["properties"]
        g = f["geometry"]
        point = g.get("type") == "Point"
        lon, lat = (g["coordinates"][0], g["coordinates"][1]) if point else (None, None)
        rows.append({"date": valid_date(p.get("date")), "event_type": p.get("event_type") or "",
                     "fatalities": _number(p.get("fatalities")), "lon": lon, "lat": lat, "point": point,
                     "iso3": p.get("iso3"), "admin1": p.get("admin1")})
    return rows


def _type_order(rows: list[dict]) -> list[str]:
    present = {r["event_type"] for r in rows}
    return [k for k in EVENT_STYLE if k in present] + sorted(t for t in present if t not in EVENT_STYLE)


def _runs(days: list[date]) -> list[tuple[date, date]]:
    """Stretches of days with no gap longer than TIMELINE_GAP_DAYS."""
    runs: list[list[date]] = []
    for d in sorted(set(days)):
        if runs and (d - runs[-1][1]).days <= TIMELINE_GAP_DAYS:
            runs[-1][1] = d
        else:
            runs.append([d, d])
    if len(runs) > TIMELINE_MAX_PANELS:
        runs = [[runs[0][0], runs[-1][1]]]
    return [(a, b) for a, b in runs]


def _new_figure(width: float, height: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def timeline_figure(data, *, title: str | None = None, width: float = 11.0, height: float = 5.0):
    """Events per day by event type (stacked bars) over fatalities per day.

    Parameters
    ----------
    data : dict, list of dict or geomap.Result
        SPEC FeatureCollections; undated incidents are counted in the caption only.
    title : str, optional
        The figure's title.

    Returns
    -------
    matplotlib.figure.Figure
    """
    rows = event_rows(data)
    dated = [r for r in rows if r["date"]]
    fig = _new_figure(width, height)
    if not dated:
        ax = fig.subplots()
        ax.axis("off")
        ax.text(0.5, 0.5, "no dated incidents", ha="center", va="center")
        return fig
    types = _type_order(dated)
    days = [date.fromisoformat(r["date"]) for r in dated]
    runs = _runs(days)
    widths = [(b - a).days + 3 for a, b in runs]
    axes = fig.subplots(2, len(runs), sharey="row", squeeze=False,
                        gridspec_kw={"width_ratios": widths, "height_ratios": [3, 2]})
    per_day: dict[tuple[date, str], int] = {}
    deaths: dict[date, int] = {}
    for r, d in zip(dated, days):
        per_day[(d, r["event_type"])] = per_day.get((d, r["event_type"]), 0) + 1
        deaths[d] = deaths.get(d, 0) + r["fatalities"]
    top = max(sum(per_day.get((d, t), 0) for t in types) for d in set(days))
    for col, (a, b) in enumerate(runs):
        n = (b - a).days + 1
        xs = [a + timedelta(days=i) for i in range(n)]
        ev_ax, dead_ax = axes[0][col], axes[1][col]
        bottom = [0] * n
        for t in types:
            style = EVENT_STYLE.get(t, OTHER_EVENT_STYLE)
            hs = [per_day.get((x, t), 0) for x in xs]
            if any(hs):
                ev_ax.bar(xs, hs, bottom=bottom, width=0.8, color=style["color"], edgecolor="white", linewidth=0.5,
                          label=t if t in EVENT_STYLE else OTHER_EVENT_LABEL)
            bottom = [u + h for u, h in zip(bottom, hs)]
        ds = [deaths.get(x, 0) for x in xs]
        dead_ax.bar(xs, ds, width=0.8, color=FATALITY_COLOR)
        for x, v in zip(xs, ds):
            if v:
                dead_ax.annotate(str(v), (x, v), ha="center", va="bottom", fontsize=8, xytext=(0, 1),
                                 textcoords="offset points")
        for ax in (ev_ax, dead_ax):
            ax.set_xlim(a - timedelta(days=1), b + timedelta(days=1))
            ax.spines[["top", "right"]].set_visible(False)
            ax.grid(axis="y", color="#dddddd", linewidth=0.6)
            ax.set_axisbelow(True)
        countries = sorted({r["iso3"] for r, d in zip(dated, days) if a <= d <= b and r["iso3"]})
        ev_ax.set_title(f"{_span(a, b)}" + (f"  ·  {', '.join(countries)}" if countries else ""), fontsize=9)
        ev_ax.tick_params(labelbottom=False)
        _date_ticks(dead_ax, a, b)
    axes[0][0].set_ylabel("events per day")
    axes[1][0].set_ylabel("fatalities per day")
    axes[0][0].set_ylim(0, top + 0.5)
    axes[1][0].set_ylim(0, max(max(deaths.values()), 1) * 1.25)
    from matplotlib.ticker import MaxNLocator

    for ax in axes[0]:
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    handles, labels = [], []
    for ax in axes[0]:
        for h, l in zip(*ax.get_legend_handles_labels()):
            if l not in labels:
                handles.append(h)
                labels.append(l)
    order = [t if t in EVENT_STYLE else OTHER_EVENT_LABEL for t in types]
    pairs = sorted(zip(handles, labels), key=lambda hl: order.index(hl[1]) if hl[1] in order else len(order))
    handles, labels = [h for h, _ in pairs], [lab for _, lab in pairs]
    fig.legend(handles, labels, loc="outside lower center", ncol=min(len(labels), 6), frameon=False, fontsize=9)
    undated = len(rows) - len(dated)
    total = sum(r["fatalities"] for r in dated)
    note = f"{len(dated)} dated event(s), {total} fatalities"
    if undated:
        note += f"; {undated} undated event(s) not shown"
    fig.suptitle(f"{title}\n{note}" if title else note, fontsize=10)
    return fig


def _span(a: date, b: date) -> str:
    if a == b:
        return a.strftime("%-d %b %Y")
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.strftime('%-d %b %Y')}"
    return f"{a.strftime('%-d %b')} – {b.strftime('%-d %b %Y')}"


def _date_ticks(ax, a: date, b: date) -> None:
    n = (b - a).days + 1
    step = max(1, math.ceil(n / 8))
    ticks = [a + timedelta(days=i) for i in range(0, n, step)]
    ax.set_xticks(ticks)
    ax.set_xticklabels([t.strftime("%-d %b") for t in ticks], fontsize=8, rotation=0)


def admin1_counts(data, boundaries) -> tuple[list[dict], int]:
    """Events and fatalities per first-level division: (``[{iso3, name, events, fatalities,
    geometry}]``, events not counted) — a point is counted in the division it lies in;
    an incident placed along a whole frontier lies in none."""
    rows = event_rows(data)
    points = [r for r in rows if r["point"]]
    units = boundaries.admin1_units
    out: dict[int, dict] = {}
    missed = len(rows) - len(points)
    if points:
        import geopandas as gpd
        from shapely.geometry import Point

        pts = gpd.GeoDataFrame({"i": range(len(points))}, geometry=[Point(r["lon"], r["lat"]) for r in points],
                               crs=units.crs or "EPSG:4326")
        hits = gpd.sjoin(pts, units[["geometry"]], how="left", predicate="within")
        seen = set()
        for i, unit in zip(hits["i"], hits["index_right"]):
            if i in seen:
                continue
            seen.add(i)
            if unit != unit or unit is None:  # NaN: in no division (at sea, off the data)
                missed += 1
                continue
            u = out.setdefault(int(unit), {"iso3": units.at[unit, "iso3"], "name": units.at[unit, "name"],
                                            "events": 0, "fatalities": 0, "geometry": units.at[unit, "geometry"]})
            u["events"] += 1
            u["fatalities"] += points[i]["fatalities"]
    return sorted(out.values(), key=lambda u: (-u["events"], u["iso3"] or "", u["name"] or "")), missed


def _regions(units: list[dict]) -> list[list[dict]]:
    """Divisions grouped by nearness of their centroids (single linkage, REGION_KM)."""
    cents = [u["geometry"].centroid for u in units]
    group = list(range(len(units)))

    def root(i):
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for i in range(len(units)):
        for j in range(i + 1, len(units)):
            if _km(cents[i], cents[j]) <= REGION_KM:
                group[root(i)] = root(j)
    by: dict[int, list[dict]] = {}
    for i, u in enumerate(units):
        by.setdefault(root(i), []).append(u)
    return sorted(by.values(), key=lambda g: -sum(u["events"] for u in g))


def _km(a, b) -> float:
    la1, la2 = math.radians(a.y), math.radians(b.y)
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(math.radians(b.x - a.x) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def admin1_figure(data, boundaries=None, *, title: str | None = None, width: float = 11.0):
    """Events and fatalities per first-level division: one row per region, two maps each.

    Parameters
    ----------
    data : dict, list of dict or geomap.Result
        SPEC FeatureCollections (fused or not).
    boundaries : geomap.boundaries.Boundaries, optional
        Natural Earth by default (:func:`geomap.boundaries.load_boundaries`).

    Returns
    -------
    matplotlib.figure.Figure
    """
    import geopandas as gpd
    from matplotlib import colormaps
    from matplotlib.colors import Normalize

    if boundaries is None:
        from geomap.render.layers_boundaries import load_default_boundaries

        boundaries = load_default_boundaries()
    units, missed = admin1_counts(data, boundaries)
    regions = _regions(units) if units else []
    fig = _new_figure(width, 0.8 + 3.4 * max(1, len(regions)))
    if not regions:
        ax = fig.subplots()
        ax.axis("off")
        ax.text(0.5, 0.5, "no incident lies in a first-level division", ha="center", va="center")
        return fig
    axes = fig.subplots(len(regions), 2, squeeze=False)
    scales = {"events": ("Blues", max(u["events"] for u in units)),
              "fatalities": ("Reds", max(max(u["fatalities"] for u in units), 1))}
    for row, region in zip(axes, regions):
        frame = gpd.GeoDataFrame(region, geometry=[u["geometry"] for u in region], crs="EPSG:4326")
        minx, miny, maxx, maxy = frame.total_bounds
        padx, pady = max((maxx - minx) * 0.15, 0.3), max((maxy - miny) * 0.15, 0.3)
        box = (minx - padx, miny - pady, maxx + padx, maxy + pady)
        context = boundaries.admin1_units.cx[box[0]:box[2], box[1]:box[3]]
        countries = boundaries.countries.cx[box[0]:box[2], box[1]:box[3]]
        for ax, key in zip(row, ("events", "fatalities")):
            cmap, top = scales[key]
            context.plot(ax=ax, color=LAND_COLOR, edgecolor=BOUNDARY_COLOR, linewidth=0.3)
            shown = frame[frame[key] > 0]
            if len(shown):
                shown.plot(ax=ax, column=key, cmap=cmap, norm=Normalize(0, top), edgecolor="#555555", linewidth=0.5)
            countries.boundary.plot(ax=ax, color="#333333", linewidth=0.9)
            for u in region:
                if u[key]:
                    c = u["geometry"].representative_point()
                    ax.annotate(f"{u['name']}\n{u[key]}", (c.x, c.y), ha="center", va="center", fontsize=7,
                                color="#111111",
                                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})
            ax.set_xlim(box[0], box[2])
            ax.set_ylim(box[1], box[3])
            ax.set_aspect(1 / max(math.cos(math.radians((box[1] + box[3]) / 2)), 0.2))
            ax.set_facecolor(SEA_COLOR)
            ax.set_xticks([])
            ax.set_yticks([])
            ax.set_xlabel("")
            ax.set_ylabel("")
            isos = ", ".join(sorted({u["iso3"] for u in region if u["iso3"]}))
            ax.set_title(f"{key} per first-level division · {isos}", fontsize=9)
    for key, col in (("events", 0), ("fatalities", 1)):
        from matplotlib.cm import ScalarMappable

        cmap, top = scales[key]
        fig.colorbar(ScalarMappable(Normalize(0, top), colormaps[cmap]), ax=axes[:, col], shrink=0.5,
                     aspect=30, label=key)
    note = f"{sum(u['events'] for u in units)} event(s) in {len(units)} division(s) (Natural Earth admin-1)"
    if missed:
        note += f"; {missed} placed along a frontier or outside any division not counted"
    fig.suptitle(f"{title}\n{note}" if title else note, fontsize=10)
    return fig


def figure_bytes(fig, fmt: str = "png", *, dpi: int = 110) -> bytes:
    """The figure as PNG or SVG bytes; the same figure gives the same bytes (no dates, fixed ids)."""
    import matplotlib

    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "geomap", "svg.fonttype": "path"}):
        meta = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=meta)
    return buf.getvalue()
