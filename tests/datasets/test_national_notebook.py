"""The national-picture notebook runs from top to bottom and shows what it promises.

Executed with nbclient in the ``python3`` kernel of the environment running the tests, like
``examples/bromley.ipynb`` (see test_notebook.py).
"""

import base64
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "examples" / "national.ipynb"


def test_notebook_is_plain_and_unexecuted():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert nb.metadata["kernelspec"]["name"] == "python3"


def test_notebook_runs_and_shows_the_national_picture():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        nb,
        kernel_name="python3",
        timeout=300,
        allow_errors=False,
        resources={"metadata": {"path": str(ROOT)}},
    ).execute()
    code = [c for c in nb.cells if c.cell_type == "code"]
    text = "".join(
        o.get("text", "") for c in code for o in c.outputs if o["output_type"] == "stream"
    )
    html = [
        o["data"]["text/html"] for c in code for o in c.outputs if "text/html" in o.get("data", {})
    ]
    pngs = [
        o["data"]["image/png"] for c in code for o in c.outputs if "image/png" in o.get("data", {})
    ]
    assert "215 inspections of 154 services; 201 with at least one rating" in text
    assert "6 followed in the record" in text
    # the coverage table: Standards 2021 holds 85 inspections, 79 with partial ratings
    assert any(line.split()[-5:] == ["85", "0", "79", "6", "0"] for line in text.splitlines())
    # England and Wales: counts of Inadequate, Requires improvement, Good, Outstanding
    assert any(line.split() == ["wales", "3", "4", "10", "2"] for line in text.splitlines())
    assert any("Out-of-court disposal policy and provision" in h for h in html)
    assert any("surrey" in h and "Good (27/36)" in h for h in html)
    assert any("wakefield" in h and "Requires improvement (10/36)" in h for h in html)
    assert len(pngs) == 1
    assert base64.b64decode(pngs[0])[:8] == b"\x89PNG\r\n\x1a\n"
