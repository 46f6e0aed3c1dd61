#!/usr/bin/env python
"""Regenerate ``shapefiles/`` from Debian's ``qgis-common`` package.

The package carries ``usr/share/qgis/resources/data/world_map.gpkg``: Natural Earth
1:10m v4.1.0 (public domain) generalised by QGIS, with layers ``countries``,
``states_provinces`` and ``disputed_borders``. This script unpacks it and writes

- ``ne_countries.shp``  (layer ``countries``)
- ``ne_admin1.shp``     (layer ``states_provinces``)
- ``ne_disputed.shp``   (layer ``disputed_borders``)

with .dbf/.shx/.prj/.cpg, UTF-8, EPSG:4326. Every original column is kept under its
original name (all fit the shapefile's 10-character limit). Fixes, each logged and
listed in ``shapefiles/README.md``:

countries
  * Kosovo: ``ISO_A3`` -99 -> ``XKX`` (the user-assigned code in common use).
  * Tokelau (``iso_a2`` TK) had no attributes: ``NAME`` Tokelau, ``ISO_A3`` TKL,
    ``FIPS_10_`` TL, ``WB_A2`` TK, ``WB_A3`` TKL.
  * The one row with ``iso_a2`` -1 was the dissolve of every admin-1 unit without an
    ISO code (Somaliland, Northern Cyprus, the UK bases on Cyprus, Siachen, Baykonur,
    Guantanamo, the Spratlys, Clipperton, Cocos Islands). It is split into one row per
    Natural Earth ``adm0_a3`` (each polygon part goes to the admin-1 unit it overlaps).
    Baykonur (KAB, ``sov_a3`` KAZ) is merged into Kazakhstan and Guantanamo (USG,
    ``sov_a3`` CUB) into Cuba, as ISO 3166 counts them; Cocos (Keeling) Islands gets
    CC/CCK; the rest keep ``ISO_A3`` -99 and get ``NAME`` from Natural Earth's ``admin``.
  * New column ``ADM0_A3``: Natural Earth's own country code (SOL for Somaliland etc.),
    the key for rows without an ISO code.

states_provinces (admin-1)
  * ``iso_a2`` -1 -> KZ (Baykonur), CU (Guantanamo), CC (Cocos Islands).
  * New column ``iso_a3``: the ISO3 of the country row the unit belongs to (Natural
    Earth's ``adm0_a3`` differs from ISO for SDS/SSD, PSX/PSE, SAH/ESH, KOS/XKX, ...).

disputed_borders
  * New columns ``iso_a3_l``, ``iso_a3_r``: ``adm0_a3_l``/``adm0_a3_r`` as ISO3.

Usage::

    python scripts/build_shapefiles.py                    # apt-get download qgis-common
    python scripts/build_shapefiles.py --deb qgis-common_3.22.16+dfsg-1_all.deb
"""
from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely

log = logging.getLogger("build_shapefiles")

GPKG_IN_DEB = "usr/share/qgis/resources/data/world_map.gpkg"
LAYERS = {"countries": "ne_countries", "states_provinces": "ne_admin1", "disputed_borders": "ne_disputed"}
#: Natural Earth codes without iso_a2 that ISO 3166 places inside another country.
MERGE_INTO = {"KAB": "KAZ", "USG": "CUB"}
#: Natural Earth codes without iso_a2 that do have an ISO 3166 code.
ISO_FOR_ADM0 = {"IOA": ("CC", "CCK", "Cocos (Keeling) Islands")}
SHAPEFILE_SIDECARS = (".shp", ".shx", ".dbf", ".prj", ".cpg")


def fetch_deb(workdir: Path) -> Path:
    """Download the ``qgis-common`` .deb into ``workdir`` with ``apt-get download``."""
    log.info("apt-get download qgis-common")
    subprocess.run(["apt-get", "download", "qgis-common"], cwd=workdir, check=True)
    debs = sorted(workdir.glob("qgis-common_*.deb"))
    if not debs:
        raise SystemExit("apt-get download produced no qgis-common_*.deb")
    return debs[-1]


def unpack_gpkg(deb: Path, workdir: Path) -> Path:
    """``dpkg -x`` the package and return the path of world_map.gpkg."""
    target = workdir / "x"
    subprocess.run(["dpkg", "-x", str(deb), str(target)], check=True)
    gpkg = target / GPKG_IN_DEB
    if not gpkg.exists():
        raise SystemExit(f"{deb.name} has no {GPKG_IN_DEB}")
    return gpkg


def fix_countries(countries: gpd.GeoDataFrame, admin1: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Fill missing ISO codes and split the ``iso_a2 == -1`` row (see module docstring)."""
    c = countries.copy()
    kosovo = c["iso_a2"] == "XK"
    c.loc[kosovo & (c["ISO_A3"] == "-99"), "ISO_A3"] = "XKX"
    log.info("Kosovo ISO_A3 -99 -> XKX (%d row)", kosovo.sum())
    tk = (c["iso_a2"] == "TK") & c["NAME"].isna()
    c.loc[tk, ["NAME", "ISO_A3", "FIPS_10_", "WB_A2", "WB_A3"]] = ["Tokelau", "TKL", "TL", "TK", "TKL"]
    log.info("Tokelau attributes filled (%d row)", tk.sum())

    # ADM0_A3: Natural Earth's own code, the dominant adm0_a3 of the admin-1 units.
    adm0_by_a2 = admin1.groupby("iso_a2")["adm0_a3"].agg(lambda s: s.value_counts().index[0])
    c["ADM0_A3"] = c["iso_a2"].map(adm0_by_a2)
    c.loc[c["iso_a2"] == "TK", "ADM0_A3"] = "TKL"  # its admin-1 unit says NZL (the sovereign)

    # Split the -1 row into its Natural Earth countries.
    orphan = c[c["iso_a2"] == "-1"]
    c = c[c["iso_a2"] != "-1"]
    units = admin1[admin1["iso_a2"] == "-1"]
    parts = orphan.explode(index_parts=False).geometry.reset_index(drop=True)
    owners = []
    for part in parts:
        overlap = shapely.area(shapely.intersection(units.geometry.values, part))
        overlap = pd.Series(overlap, index=units.index)
        owners.append(units.loc[overlap.idxmax(), "adm0_a3"])
    pieces = gpd.GeoDataFrame({"adm0": owners}, geometry=parts, crs=c.crs).dissolve("adm0")
    rows = []
    for adm0, geom in pieces.geometry.items():
        if adm0 in MERGE_INTO:
            host = c["ISO_A3"] == MERGE_INTO[adm0]
            c.loc[host, "geometry"] = shapely.union(c.loc[host, "geometry"].values, geom)
            log.info("%s merged into %s", adm0, MERGE_INTO[adm0])
            continue
        unit = units[units["adm0_a3"] == adm0].iloc[0]
        a2, a3, name = ISO_FOR_ADM0.get(adm0, ("-99", "-99", unit["admin"]))
        rows.append({"iso_a2": a2, "NAME": name, "FIPS_10_": None, "ISO_A3": a3,
                     "WB_A2": None, "WB_A3": None, "ADM0_A3": adm0, "geometry": geom})
        log.info("split out %s (%s), ISO_A3 %s", adm0, unit["admin"], a3)
    c = pd.concat([c, gpd.GeoDataFrame(rows, geometry="geometry", crs=c.crs)], ignore_index=True)
    c["geometry"] = shapely.make_valid(c.geometry.values)
    return c


def fix_admin1(admin1: gpd.GeoDataFrame, countries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Fix ``iso_a2`` where ISO has a code and add ``iso_a3`` (see module docstring)."""
    a = admin1.copy()
    for adm0, host in MERGE_INTO.items():
        a2 = countries.loc[countries["ISO_A3"] == host, "iso_a2"].iloc[0]
        a.loc[a["adm0_a3"] == adm0, "iso_a2"] = a2
    for adm0, (a2, _, _) in ISO_FOR_ADM0.items():
        a.loc[(a["adm0_a3"] == adm0) & (a["iso_a2"] == "-1"), "iso_a2"] = a2
    iso3_by_a2 = countries[countries["iso_a2"] != "-99"].set_index("iso_a2")["ISO_A3"]
    iso3_by_adm0 = countries.dropna(subset=["ADM0_A3"]).drop_duplicates("ADM0_A3").set_index("ADM0_A3")["ISO_A3"]
    a["iso_a3"] = a["iso_a2"].map(iso3_by_a2).fillna(a["adm0_a3"].map(iso3_by_adm0)).fillna("-99")
    return a


def fix_disputed(disputed: gpd.GeoDataFrame, admin1: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Add ISO3 columns for the two sides of each claim line."""
    d = disputed.copy()
    iso3_by_adm0 = admin1.groupby("adm0_a3")["iso_a3"].first()
    d["iso_a3_l"] = d["adm0_a3_l"].map(iso3_by_adm0).fillna(d["adm0_a3_l"])
    d["iso_a3_r"] = d["adm0_a3_r"].map(iso3_by_adm0).fillna(d["adm0_a3_r"])
    return d


def write_shapefile(gdf: gpd.GeoDataFrame, path: Path) -> None:
    """Write ``gdf`` as a UTF-8 shapefile (with .cpg), replacing any older one."""
    for ext in SHAPEFILE_SIDECARS:
        path.with_suffix(ext).unlink(missing_ok=True)
    pyogrio.write_dataframe(gdf, path, driver="ESRI Shapefile", encoding="UTF-8",
                            layer_options={"RESIZE": "YES"})
    log.info("wrote %s (%d rows)", path, len(gdf))


def build(gpkg: Path, outdir: Path) -> None:
    """Read the three layers of ``gpkg``, fix codes and write the shapefiles to ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    countries = pyogrio.read_dataframe(gpkg, layer="countries")
    admin1 = pyogrio.read_dataframe(gpkg, layer="states_provinces")
    disputed = pyogrio.read_dataframe(gpkg, layer="disputed_borders")
    countries = fix_countries(countries, admin1)
    admin1 = fix_admin1(admin1, countries)
    disputed = fix_disputed(disputed, admin1)
    write_shapefile(countries, outdir / "ne_countries.shp")
    write_shapefile(admin1, outdir / "ne_admin1.shp")
    write_shapefile(disputed, outdir / "ne_disputed.shp")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deb", type=Path, help="a qgis-common .deb already downloaded")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "shapefiles",
                        help="output folder (default: the repository's shapefiles/)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        deb = args.deb.resolve() if args.deb else fetch_deb(work)
        build(unpack_gpkg(deb, work), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
