"""The notebooks in notebooks/ run top to bottom, offline, with no errors."""
from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
NAMES = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))


def test_there_are_notebooks():
    assert {"01_one_article.ipynb", "02_corpus.ipynb", "03_conflict_over_time.ipynb"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs(name):
    import nbformat

    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{name}: clear the outputs"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_offline(name, tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:  # pragma: no cover
        pytest.skip("no python3 Jupyter kernel (pip install ipykernel)")
    # The kernel inherits this environment: files go to tmp_path; any HTTP(S) request made
    # through a proxy-aware client fails at once instead of reaching the network.
    monkeypatch.setenv("GEOMAP_OUTPUT", str(tmp_path))
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.setenv(var, "http://127.0.0.1:9")
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    before = sorted(NOTEBOOKS.rglob("*"))
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    html = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if "text/html" in o.get("data", {}) and "iframe" in o["data"]["text/html"]]
    assert html, "the notebook shows a map"
    assert any(tmp_path.iterdir()), "the notebook writes its files under GEOMAP_OUTPUT"
    if name == "03_conflict_over_time.ipynb":  # the timeline and the choropleth are shown, and saved
        pngs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
        assert len(pngs) >= 2
        assert {"conflict_timeline.png", "conflict_admin1.png"} <= {p.name for p in tmp_path.iterdir()}
    assert sorted(NOTEBOOKS.rglob("*")) == before, "running a notebook leaves files in notebooks/"


def test_notebooks_write_outside_their_folder_by_default():
    """Without GEOMAP_OUTPUT a notebook writes to the project's output/ (ignored by git),
    never to notebooks/output/."""
    import nbformat

    for name in NAMES:
        code = "\n".join(c.source for c in nbformat.read(NOTEBOOKS / name, as_version=4).cells
                         if c.cell_type == "code")
        assert 'os.environ.get("GEOMAP_OUTPUT", "../output")' in code, name
