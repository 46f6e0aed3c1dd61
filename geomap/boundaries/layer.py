"""One boundary layer without pandas: named columns, shapely geometries and an STRtree.

The reading steps ask boundaries a handful of questions per article (which unit holds this
point, which units touch that frontier). Answering them needs shapely only, and importing
geopandas and pandas costs a cold ``geomap extract`` about half a second, so the layers are
kept as plain columns (lists) beside a numpy array of geometries. A GeoDataFrame is made
(once, on demand) only for a caller that asks for one: map drawing, charts, user code.

A layer pickles as its columns and the geometries' WKB, which is what
``geomap.boundaries.cache`` keeps between runs; unpickling needs neither geopandas nor pandas.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

if TYPE_CHECKING:  # heavy imports stay inside functions
    import geopandas as gpd
    import numpy as np

__all__ = ["Layer", "Row"]


class Row(dict):
    """One feature of a layer: its columns by key (``row["iso3"]``) or as attributes
    (``row.iso3``), and its shapely ``geometry``."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class Layer:
    """Columns (equal-length lists) and geometries (shapely, EPSG:4326) of one layer.

    Parameters
    ----------
    columns : mapping of str to sequence
        The attribute columns, in order; ``"geometry"`` must not be one of them.
    geometry : sequence of shapely geometries
        One per row, none empty or missing.
    """

    __slots__ = ("columns", "geometry", "_tree", "_frame")

    def __init__(self, columns: Mapping[str, Sequence[Any]], geometry: Sequence[Any]) -> None:
        import numpy as np

        self.columns = {name: list(values) for name, values in columns.items()}
        self.geometry = np.asarray(geometry, dtype=object)
        if any(len(values) != len(self.geometry) for values in self.columns.values()):
            raise ValueError("every column of a layer needs one value per geometry")
        self._tree = None
        self._frame = None

    def __len__(self) -> int:
        return len(self.geometry)

    def __getitem__(self, column: str) -> list[Any]:
        return self.columns[column]

    def __getstate__(self) -> tuple:
        import shapely

        return self.columns, list(shapely.to_wkb(self.geometry))

    def __setstate__(self, state: tuple) -> None:
        import numpy as np
        import shapely

        columns, wkb = state
        self.columns = columns
        self.geometry = shapely.from_wkb(np.asarray(wkb, dtype=object))
        self._tree = None
        self._frame = None

    @property
    def tree(self):
        """The STRtree over the geometries (built on first use, about 2 ms)."""
        if self._tree is None:
            import shapely

            self._tree = shapely.STRtree(self.geometry)
        return self._tree

    def query(self, geometry: Any, predicate: str | None = None, distance: float | None = None) -> np.ndarray:
        """Positions of the rows whose geometry satisfies ``predicate`` with ``geometry``
        (shapely's ``STRtree.query``, as a GeoDataFrame's ``sindex.query`` answers)."""
        if distance is None:
            return self.tree.query(geometry, predicate=predicate)
        return self.tree.query(geometry, predicate=predicate, distance=distance)

    def row(self, pos: int) -> Row:
        """The row at position ``pos``."""
        out = Row((name, values[pos]) for name, values in self.columns.items())
        out["geometry"] = self.geometry[pos]
        return out

    def rows(self, positions: Iterable[int]) -> list[Row]:
        """The rows at ``positions``, in that order."""
        return [self.row(int(pos)) for pos in positions]

    def select(self, mask: Sequence[bool]) -> np.ndarray:
        """The geometries of the rows where ``mask`` is true."""
        import numpy as np

        return self.geometry[np.asarray(mask, dtype=bool)]

    def frame(self) -> gpd.GeoDataFrame:
        """The layer as a GeoDataFrame (EPSG:4326), made once; imports geopandas."""
        if self._frame is None:
            import geopandas as gpd
            import pandas as pd

            data = {name: pd.Series(values, dtype=object) for name, values in self.columns.items()}
            self._frame = gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(self.geometry, crs="EPSG:4326"),
                                           crs="EPSG:4326")
        return self._frame

    @classmethod
    def from_frame(cls, frame: gpd.GeoDataFrame) -> Layer:
        """A layer holding the columns and geometries of a GeoDataFrame (index dropped)."""
        columns = {name: frame[name].tolist() for name in frame.columns if name != frame.geometry.name}
        return cls(columns, frame.geometry.to_numpy())
