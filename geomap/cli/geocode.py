"""``geomap geocode NAME``: the gazetteer's ranked candidates for a place name (or nearby places)."""
from __future__ import annotations

import sys


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("geocode", help="look a place name up in the offline gazetteer",
                              description="Print the gazetteer's ranked candidates for a place name "
                                          "(accent-, case- and transliteration-tolerant).")
    p.add_argument("name", help="place name, e.g. 'Chanthaburi' or 'Tak'")
    p.add_argument("--country", help="keep places of this country (ISO2, ISO3 or name)")
    p.add_argument("-n", "--limit", type=int, default=10, help="how many candidates to print (default 10)")
    p.add_argument("--reverse", action="store_true", help="treat NAME as 'lat, lon' and list nearby places")
    p.set_defaults(run=run)


def run(args) -> int:
    from geomap.geocoders import OfflineGeocoder

    geocoder = OfflineGeocoder()
    if args.reverse:
        locs = geocoder.reverse(args.name, exactly_one=False, limit=args.limit) or []
    else:
        codes = [args.country] if args.country else None
        locs = geocoder.geocode(args.name, exactly_one=False, limit=args.limit, country_codes=codes) or []
    if not locs:
        print(f"geomap: no place named {args.name!r}" + (f" in {args.country}" if args.country else ""),
              file=sys.stderr)
        return 1
    for i, loc in enumerate(locs, 1):
        r = loc.raw
        extra = f"{r['distance_km']} km" if "distance_km" in r else f"pop {r['population']:,}"
        print(f"{i:2}. {loc.address}  ({loc.latitude:.4f}, {loc.longitude:.4f})  "
              f"{r['place_type']}/{r['feature']}  {extra}  {r['gazetteer_id']}")
    return 0
