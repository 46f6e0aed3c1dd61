"""The SPEC's layer names and required properties, written once for the tests (not taken from
geomap's own code, so a test notices when the code drops a property)."""
LAYERS = ("places", "incidents", "displacement", "frontier")
SPEC = {
    "places": ["mention", "start", "end", "name", "place_type", "iso2", "iso3", "admin1", "confidence",
               "gazetteer_id"],
    "incidents": ["event_type", "sub_event_type", "date", "date_text", "fatalities", "fatalities_text",
                  "location", "iso3", "admin1", "geo_precision", "source_sentence"],
    "displacement": ["name", "admin1", "iso3", "direction", "displaced", "displaced_text", "source_sentence"],
    "frontier": ["iso3_a", "iso3_b", "length_km", "stated_length_km"],
}
