"""The analyst notebooks run from top to bottom without an error and show what they promise.

Each notebook is executed once with nbclient in a fresh kernel, from a temporary working
folder. The kernel is this interpreter: a ``python3`` kernelspec pointing at ``sys.executable``
is written to a temporary folder that is put first on ``JUPYTER_PATH``, so a ``python3`` spec
installed elsewhere on the machine (for another Python) cannot be picked up by mistake. Only
``pip install -e '.[test]'`` is needed (nbclient, nbformat, ipykernel, pandas, matplotlib).

Cells are found by their tags (``metadata.tags``), not by position, so notebooks can grow.
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
ipykernel_spec = pytest.importorskip("ipykernel.kernelspec")

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
INTRO = "01-introduction.ipynb"
ANALYSIS = "02-analysis.ipynb"
KERNEL = "python3"
CELL_TIMEOUT = 120        # seconds per cell
NOTEBOOK_BUDGET = 120     # seconds per notebook, kernel start included (target: well under 60)


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory):
    """JUPYTER_PATH with a ``python3`` kernelspec that runs this very interpreter."""
    from jupyter_client.kernelspec import KernelSpecManager

    root = tmp_path_factory.mktemp("jupyter")
    ipykernel_spec.write_kernel_spec(root / "kernels" / KERNEL)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JUPYTER_PATH", str(root))
        mp.delenv("MPLBACKEND", raising=False)   # let the kernel use its inline backend
        spec = KernelSpecManager().get_kernel_spec(KERNEL)
        assert Path(spec.argv[0]) == Path(sys.executable), spec.argv
        yield root


@pytest.fixture(scope="module")
def executed(kernel_env, tmp_path_factory):
    """Run a notebook once (cached); returns (notebook with outputs, seconds)."""
    cache: dict[str, tuple] = {}

    def run(name: str):
        if name not in cache:
            nb = nbformat.read(NOTEBOOKS / name, as_version=4)
            workdir = tmp_path_factory.mktemp(name.split(".")[0])
            client = nbclient.NotebookClient(
                nb, kernel_name=KERNEL, timeout=CELL_TIMEOUT, allow_errors=False,
                resources={"metadata": {"path": str(workdir)}})
            start = time.monotonic()
            client.execute()          # raises CellExecutionError on the first failing cell
            cache[name] = (nb, time.monotonic() - start)
        return cache[name]

    return run


def tagged(nb, tag: str):
    cells = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert cells, f"no cell tagged {tag!r}"
    return cells[0]


def text_of(cell) -> str:
    """Everything a code cell printed or displayed, as text (stream, plain and HTML)."""
    parts = []
    for out in cell.get("outputs", []):
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type == "error":
            parts.append("\n".join(out.traceback))
        else:
            data = out.get("data", {})
            parts.append(data.get("text/plain", ""))
            parts.append(data.get("text/html", ""))
    return "\n".join(parts)


def count_in(text: str, pattern: str) -> int:
    m = re.search(pattern, text)
    assert m, f"{pattern!r} not found in output:\n{text[:800]}"
    return int(m.group(1))


# --- the notebooks as stored ---------------------------------------------------------------
@pytest.mark.parametrize("name", [INTRO, ANALYSIS])
def test_stored_clean_with_python3_kernel(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == KERNEL
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    for c in code:
        assert c.outputs == [] and c.execution_count is None, "commit notebooks without outputs"
        assert not re.search(r"^\s*[!%]+\s*kg\b|subprocess|os\.system", c.source, re.M), \
            "notebooks use the kg library, not the CLI"


# --- 01: introduction ----------------------------------------------------------------------
def test_introduction_runs(executed):
    nb, seconds = executed(INTRO)
    print(f"{INTRO}: {seconds:.1f} s")
    assert seconds < NOTEBOOK_BUDGET


def test_introduction_linked_table(executed):
    nb, _ = executed(INTRO)
    out = text_of(tagged(nb, "linked"))
    assert "Fugu County" in out
    for column in ("subject", "relation", "object", "via", "sources"):
        assert column in out
    assert count_in(out, r"Fugu County: (\d+) links") > 0


def test_introduction_card_and_queries(executed):
    nb, _ = executed(INTRO)
    assert "Baowu Magnesium" in text_of(tagged(nb, "card"))
    assert "nfo:" in text_of(tagged(nb, "adhoc"))
    assert count_in(text_of(tagged(nb, "policies")), r"(\d+) rows") > 0
    events = text_of(tagged(nb, "events"))
    assert count_in(events, r"(\d+) rows") > 0
    # located-in is followed: Shaanxi finds events held in one of its counties
    assert "Fugu County" in events


def test_introduction_timeline(executed):
    nb, _ = executed(INTRO)
    out = text_of(tagged(nb, "timeline"))
    assert count_in(out, r"(\d+) dated entries in 2024") > 0
    assert "2024-" in out


def test_introduction_view_is_inline_and_offline(executed):
    nb, _ = executed(INTRO)
    cell = tagged(nb, "view")
    html = "".join(o.get("data", {}).get("text/html", "") for o in cell.outputs)
    assert "<iframe" in html and "srcdoc=" in html
    assert "Fugu County" in html and "vis.Network" in html   # the page and its script, inlined
    assert not re.search(r"""(?:src|href)=(?:&quot;|["'])?(?:https?:)?//""", html), \
        "the inline view must not load anything from the network"


# --- 02: analysis --------------------------------------------------------------------------
def test_analysis_runs(executed):
    nb, seconds = executed(ANALYSIS)
    print(f"{ANALYSIS}: {seconds:.1f} s")
    assert seconds < NOTEBOOK_BUDGET


def test_analysis_tables(executed):
    nb, _ = executed(ANALYSIS)
    central = text_of(tagged(nb, "central"))
    assert "degree" in central and "betweenness" in central
    assert "modularity" in text_of(tagged(nb, "communities"))
    bridges = text_of(tagged(nb, "bridge-query"))
    assert count_in(bridges, r"Organisations active in two metals - (\d+) organisations") > 0
    assert "titanium sub-graph" in text_of(tagged(nb, "bridge-network"))
    assert "Titanium" in text_of(tagged(nb, "paths"))


def test_analysis_plot(executed):
    nb, _ = executed(ANALYSIS)
    outputs = tagged(nb, "timeline-plot").outputs
    assert any("image/png" in o.get("data", {}) for o in outputs), \
        "the analysis should draw the 2024 timeline inline"
