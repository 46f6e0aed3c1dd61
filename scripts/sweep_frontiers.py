"""Sweep every land border: does geomap find the frontier, and its stated length, in short
template passages about each pair of neighbours?

A sweep, not tuning: every pair of countries the bundled boundaries make neighbours gets a
few passages in varied wording (writers' short names, demonyms, an admin-1 unit along the
border, lengths as "817-km", "817 kilometres", "some 1,600 km", "817 km (508 miles)", "a
2,000-mile border"), read in one process with geomap's Python API. Prints the pairs whose
frontier is wrong or missing and the missed lengths, then a summary line.

    PYTHONPATH=. python scripts/sweep_frontiers.py [--limit N] [--only ISO3]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter

import geomap
from geomap.gazetteer import countries
from geomap.gazetteer.lookup import get_gazetteer
from geomap.reading.borders import _listed_neighbours, default_borders

# names as writers spell them (the first is used most); GeoNames' name otherwise
WRITTEN = {
    "COD": ["the DRC", "Congo", "the Democratic Republic of Congo", "DR Congo"],
    "COG": ["Congo-Brazzaville", "the Republic of Congo"], "LAO": ["Laos"], "TUR": ["Turkey", "Türkiye"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire"], "SWZ": ["Eswatini", "Swaziland"], "CZE": ["Czechia", "the Czech Republic"],
    "MKD": ["North Macedonia"], "TLS": ["Timor-Leste", "East Timor"], "MMR": ["Myanmar", "Burma"],
    "GMB": ["the Gambia", "Gambia"], "USA": ["the United States", "the US"], "GBR": ["Britain", "the UK"],
    "RUS": ["Russia"], "KOR": ["South Korea"], "PRK": ["North Korea"], "SYR": ["Syria"], "IRN": ["Iran"],
    "VNM": ["Vietnam"], "TZA": ["Tanzania"], "BOL": ["Bolivia"], "VEN": ["Venezuela"], "MDA": ["Moldova"],
    "BIH": ["Bosnia", "Bosnia and Herzegovina"], "CAF": ["the Central African Republic", "CAR"],
    "PSE": ["the West Bank", "Palestine"], "NLD": ["the Netherlands"], "ARE": ["the UAE"],
    "GNQ": ["Equatorial Guinea"], "XKX": ["Kosovo"], "BRN": ["Brunei"], "VAT": ["the Vatican"],
    "KGZ": ["Kyrgyzstan"], "PNG": ["Papua New Guinea"], "DOM": ["the Dominican Republic"],
    "PHL": ["the Philippines"], "SSD": ["South Sudan"], "ESH": ["Western Sahara"],
}
LENGTH_FORMS = ("{km}-km", "{km} kilometres", "some {kmc} km", "{km} km ({mi} miles)", "{mi}-mile")


def names(iso3: str) -> list[str]:
    return WRITTEN.get(iso3) or [countries.country(iso3).name]


def demonyms(iso3: str) -> list[str]:
    from geomap.gazetteer.data_files import read_csv
    iso2 = countries.country(iso3).iso2
    return [r["demonym"] for r in read_csv("demonyms.csv") if r["iso2"] == iso2]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def bare(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


def passages(a: str, b: str, km: int, units: dict[str, list[str]], towns: dict[str, str | None], k: int
             ) -> list[tuple[str, int | None]]:
    """(text, stated km expected) for the pair; ``k`` rotates name and length variants."""
    na, nb = names(a), names(b)
    A, B = na[k % len(na)], nb[(k + 1) % len(nb)]
    A2, B2 = na[(k + 1) % len(na)], nb[k % len(nb)]
    ua_all, ub_all = units.get(a) or [None], units.get(b) or [None]
    ua, ub = ua_all[0], ub_all[0]
    ua2, ub2 = ua_all[k % len(ua_all)], ub_all[(k + 1) % len(ub_all)]
    ta = towns.get(a)
    mi = round(km / 1.609344)
    form = LENGTH_FORMS[k % len(LENGTH_FORMS)]
    said = form.format(km=km, kmc=f"{km:,}", mi=f"{mi:,}")
    want = round(mi * 1.609344) if form.startswith("{mi}") else km
    dsa, dsb = demonyms(a), demonyms(b)
    da, db = (dsa[k % len(dsa)] if dsa else None), (dsb[k % len(dsb)] if dsb else None)
    da2, db2 = (dsa[-1] if dsa else None), (dsb[-1] if dsb else None)
    out = [(f"Clashes broke out on the {bare(A)}–{bare(B)} border on Monday" + (f", near {ua}" if ua else "")
            + ". Two soldiers were killed, officials said.", None)]
    if da and db:
        out.append((f"{da} and {db} troops exchanged fire along their {said} frontier "
                    "on Tuesday, the army said.", want))
    else:
        out.append((f"Troops of {A} and {B} exchanged fire along their {said} frontier on Tuesday.", want))
    if ua:
        out.append((f"Refugees from {B2} crossed into {A2}'s {ua} province this week, aid agencies said. "
                    f"{cap(A2)} and {B2} share a border of about {km:,} kilometres.", km))
    if ub:
        out.append((f"{cap(B)} closed its frontier with {A} on Friday after gunmen attacked a post in {ub}. "
                    f"The {mi:,}-mile border has long been porous.", round(mi * 1.609344)))
    if ta and da and db:
        out.append((f"{da2} border guards shot dead two {db2} smugglers near {ta} on Sunday, "
                    f"{A2}'s interior ministry said.", None))
    out.append((f"The frontier between {A2} and {B2}, which stretches for {km:,} km, is poorly guarded."
                + (f" Fighting was reported in {ub2} on Saturday." if ub2 else ""), km))
    if ta:
        out.append((f"{ta.upper()}, {bare(A)} — Shells fired from {B} landed in {ta} overnight, residents said. "
                    f"The two neighbours share a {km}km border.", km))
    out.append((f"{cap(na[-1])} accused {nb[-1]} of massing troops on their common border, some {km:,} "
                f"kilometres long. {cap(bare(nb[-1]))} denied it.", km))
    if ua2:
        out.append((f"{cap(A)} says troops from {B2} crossed the {km:,}-kilometre-long border into {ua2} "
                    "on Wednesday.", km))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int)
    ap.add_argument("--only")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args(argv)
    borders = default_borders()
    gaz = get_gazetteer()
    have = set(borders.boundaries.countries["iso3"].dropna())
    pairs = sorted({tuple(sorted((a, b))) for a, ns in _listed_neighbours().items() for b in ns
                    if a in have and b in have})
    if args.only:
        pairs = [p for p in pairs if args.only in p]
    pairs = pairs[:args.limit] if args.limit else pairs
    tally, failed = Counter(), Counter()
    for k, (a, b) in enumerate(pairs):
        m = borders.measured(a, b)
        if m is None:
            print(f"{a}-{b}\tNO-LINE in boundary data")
            tally["noline"] += 1
            continue
        km = max(1, int(round(m["length_km"])))
        units: dict[str, list[str]] = {}
        for name, iso3, _ in borders.admin1_along(a, b):
            units.setdefault(iso3, []).append(name)
        towns = {}
        pts = borders.frontier_points(a, b)
        if pts:
            lon, lat = pts[len(pts) // 2]
            for e, _ in gaz.nearest(lat, lon, limit=20, radius_km=60, place_types=("city",)):
                if e.iso3 in (a, b) and e.iso3 not in towns and " " not in e.name:
                    towns[e.iso3] = e.name
        for i, (text, want) in enumerate(passages(a, b, km, units, towns, k)):
            tally["passages"] += 1
            try:
                fr = geomap.read(text, published="2025-07-24").frontier
            except Exception as exc:  # noqa: BLE001 - a sweep lists every crash
                print(f"{a}-{b}\tT{i}\tCRASH {type(exc).__name__}: {exc}\t{text}")
                failed["crash"] += 1
                continue
            got = [(r.iso3_a, r.iso3_b) for r in fr.itertuples()]
            got_pairs = {tuple(sorted(g)) for g in got}
            if (a, b) not in got_pairs:
                failed["frontier"] += 1
                print(f"{a}-{b}\tT{i}\tFRONTIER got {sorted(got_pairs)}\t{text}")
                continue
            if len(got_pairs) > 1:
                failed["extra"] += 1
                print(f"{a}-{b}\tT{i}\tEXTRA {sorted(got_pairs)}\t{text}")
            stated = [r.stated_length_km for r in fr.itertuples() if tuple(sorted((r.iso3_a, r.iso3_b))) == (a, b)]
            s = stated[0] if stated else None
            s = None if s is None or s != s else int(s)
            if want is None and s is not None:
                failed["length"] += 1
                print(f"{a}-{b}\tT{i}\tLENGTH got {s} want none\t{text}")
            elif want is not None and (s is None or abs(s - want) > 2):
                failed["length"] += 1
                print(f"{a}-{b}\tT{i}\tLENGTH got {s} want {want}\t{text}")
            elif args.v:
                print(f"{a}-{b}\tT{i}\tok")
        sys.stdout.flush()
    print(f"SUMMARY pairs={len(pairs)} passages={tally['passages']} noline={tally['noline']} "
          f"frontier_wrong={failed['frontier']} extra={failed['extra']} length_missed={failed['length']} "
          f"crash={failed['crash']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
