"""Where the gazetteer's bundled tables live (``data/*.csv``), and reading one of them."""
from __future__ import annotations

import csv
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_csv(name: str) -> list[dict]:
    """The rows of one bundled table, as dicts keyed by its header."""
    with open(DATA_DIR / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))
