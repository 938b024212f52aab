"""The example notebook runs from top to bottom in a Jupyter kernel and shows what it promises.

The notebook is executed with nbclient in the ``python3`` kernel of the environment running the
tests; a missing kernel fails the test.
"""

import base64
import struct
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "examples" / "bromley.ipynb"


def execute():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    client = NotebookClient(
        nb,
        kernel_name="python3",
        timeout=300,
        allow_errors=False,
        resources={"metadata": {"path": str(ROOT)}},
    )
    client.execute()
    return nb


def outputs(cell, mime):
    return [o["data"][mime] for o in cell.outputs if mime in o.get("data", {})]


def test_notebook_is_plain_and_unexecuted():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert nb.nbformat == 4
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert not any(
        line.lstrip().startswith(("%", "!")) for c in code for line in c.source.splitlines()
    )


def test_notebook_runs_and_shows_tables_and_plots():
    nb = execute()
    code = [c for c in nb.cells if c.cell_type == "code"]
    html = [h for c in code for h in outputs(c, "text/html")]
    pngs = [p for c in code for p in outputs(c, "image/png")]
    text = "".join(
        o.get("text", "") for c in code for o in c.outputs if o["output_type"] == "stream"
    )
    # the corpus, the judgement frame, the comparison, its frame, the coverage report and its areas
    assert len(html) == 6
    assert "bromley-2016-fji-reinspection" in html[0]
    assert "background:#c0392b" in html[2]  # the comparison shows Poor on the rating colours
    assert "answers all 10 items" in html[4]
    # two plots, rendered as real PNG images
    assert len(pngs) == 2
    for data in pngs:
        raw = base64.b64decode(data)
        assert raw[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", raw[16:24])
        assert width > 300
        assert height > 150
    assert "'improved': 5" in text
    assert "'overdue': ['2a', '2b', '2c', '3a', '4a', '4b']" in text
