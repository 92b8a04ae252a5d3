"""A loop reading `doc.Order.Line[i]` (or writing `doc.Order.Line[i].Ref = x`) found the
order's lines again at each pass, looking at every child of the order: n lines cost
n * n steps (20,000 lines read: 19 s; built: 92 s). An element's children by name are
now kept between reads (stdlib/xml_children.py). Counted, not timed: the lines of
Python run in stdlib/xml_*.py for 400 lines are about twice those for 200, not four
times; and a name written in another case is still found."""
from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_runner import companion_folder, run_golden

xml_children = importlib.import_module("wlinterp.stdlib.xml_children")
named_docs = importlib.import_module("wlinterp.stdlib.xml_named_docs")
doc_index = importlib.import_module("wlinterp.stdlib.xml_doc_index")

_READ_EN = """s is string = "<Order>" + Repeat("<Line><Qty>2</Qty></Line>", {n}) + "<Note>n</Note></Order>"
d is xmlDocument = XMLOpen(s, fromString)
k is int
FOR i = 1 TO {n}
  IF d.Order.Line[i]..Exist THEN k += d.Order.Line[i].Qty
END
Trace(k, d.ORDER.line[3].qty, d.order.Note)
"""
_READ_FR = """s est une chaîne = "<Commande>" + Répète("<Ligne><Qte>2</Qte></Ligne>", {n}) + "<Note>n</Note></Commande>"
d est un xmlDocument = XMLOuvre(s, depuisChaîne)
k est un entier
POUR i = 1 À {n}
  SI d.Commande.Ligne[i]..Existe ALORS k += d.Commande.Ligne[i].Qte
FIN
Trace(k, d.COMMANDE.ligne[3].qte, d.commande.Note)
"""
_BUILD_EN = """d is xmlDocument
FOR i = 1 TO {n}
  d.Order.Line[i].Ref = i
END
Trace(d.Order.Line..Occurrence, d.Order.Line[{n}].Ref)
"""
_BUILD_FR = """d est un xmlDocument
POUR i = 1 À {n}
  d.Commande.Ligne[i].Réf = i
FIN
Trace(d.Commande.Ligne..Occurrence, d.Commande.Ligne[{n}].Réf)
"""


_COUNT = """
import importlib
import io
import json
import sys
from pathlib import Path
from wlinterp.engine import run_source
xml_documents = importlib.import_module("wlinterp.stdlib.xml_documents")
stdlib = str(Path(xml_documents.__file__).parent)
warm_ups, programs = json.load(sys.stdin)
steps = 0

def trace(frame, event, arg):
    global steps
    name = frame.f_code.co_filename
    if not (name.startswith(stdlib) and Path(name).name.startswith("xml_")):
        return None
    if event == "line":
        steps += 1
    return trace

for program in warm_ups:  # untraced first: what is loaded at a first use is not counted
    run_source(program, "t.wl", stdout=io.StringIO(), stderr=sys.stderr)
results = []
for program in programs:
    out, steps = io.StringIO(), 0
    sys.settrace(trace)
    run_source(program, "t.wl", stdout=out, stderr=sys.stderr)
    sys.settrace(None)
    results.append((out.getvalue().splitlines(), steps))
print(json.dumps(results))
"""


def xml_steps(programs: list[str], warm_ups: list[str]) -> list[tuple[list[str], int]]:
    """Each program's Trace lines and how many lines of stdlib/xml_*.py it ran, all in
    one process of its own (a trace function set in a test worker that earlier tests
    left threads in made the worker spin for ever: CPython 3.11). One process for all:
    a process each cost more than the runs (0.3 s of start-up each). The `warm_ups` (the
    same programs, small) run untraced first, so that no count includes the loading of a
    module, which only the first program would pay."""
    done = subprocess.run([sys.executable, "-c", _COUNT], input=json.dumps([warm_ups, programs]),
                          capture_output=True, text=True, encoding="utf-8", timeout=600,
                          check=True)
    assert done.stderr == "", done.stderr
    return [(lines, steps) for lines, steps in json.loads(done.stdout)]


def steps_by_size(programs: list[str]) -> dict[tuple[str, int], tuple[list[str], int]]:
    """xml_steps of each program with {n} 200 and 400, by (program, n)."""
    keys = [(program, n) for program in programs for n in (200, 400)]
    counted = xml_steps([program.format(n=n) for program, n in keys],
                        [program.format(n=3) for program in programs])
    return dict(zip(keys, counted))


_RESULTS: dict[str, Callable[[int], list[str]]] = {
    _READ_EN: lambda n: [f"{2 * n}, 2, n"],
    _READ_FR: lambda n: [f"{2 * n}, 2, n"],
    _BUILD_EN: lambda n: [f"{n}, {n}"],
    _BUILD_FR: lambda n: [f"{n}, {n}"],
}


@pytest.fixture(scope="module")
def counted() -> dict[tuple[str, int], tuple[list[str], int]]:
    return steps_by_size(list(_RESULTS))


@pytest.mark.parametrize("program", list(_RESULTS))
def test_lines_read_or_written_by_rank_cost_steps_in_proportion(
        program: str, counted: dict[tuple[str, int], tuple[list[str], int]]) -> None:
    (small, small_steps), (large, large_steps) = counted[program, 200], counted[program, 400]
    assert (small, large) == (_RESULTS[program](200), _RESULTS[program](400))
    # twice the lines: about twice the steps (all children looked at at each pass: 4x)
    assert large_steps < 2.3 * small_steps, (small_steps, large_steps)


XML_GOLDENS = sorted(p for p in (Path(__file__).resolve().parents[1] / "golden").rglob("*.wl")
                      if "xml" in p.read_text(encoding="utf-8").lower())


def _stale_index(doc: Any, index: Any) -> list[str]:
    """How the kept index of a named document (xml_doc_index.py) differs from a fresh
    one: parents, order, and each element's items."""
    fresh = doc_index.DocIndex(doc.root)
    stale = [f"<{doc.root.tag}>"] \
        if (index.parents(), index.order()) != (fresh.parents(), fresh.order()) else []
    return stale + [f"<{doc.root.tag}> level <{owner.tag}>"
                    for owner in [doc.root, *doc.root.iter()]
                    if index.level(owner)[0] != doc_index.items_under(owner)]


@pytest.mark.parametrize("path", XML_GOLDENS, ids=lambda p: p.name)
def test_what_is_kept_is_what_a_fresh_look_finds(path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Every golden program using XML runs as expected with each answer of
    xml_children.named compared with a fresh look at the children, and each use of a
    named document's kept index (HandleDoc.index, test_xml_doc_index.py) compared with
    a fresh one: a change of the tree that drops nothing kept would give a stale answer.
    Both in one run of each golden (they were two runs of all 178, 22 s)."""
    kept, kept_index = xml_children.named, named_docs.HandleDoc.index
    stale: list[str] = []

    def compared(el: Any, written: str) -> Any:
        found = kept(el, written)
        if list(found) != xml_children.scan(el, written):
            stale.append(f"<{el.tag}>.{written}")
        return found

    def index_compared(doc: Any) -> Any:
        index = kept_index(doc)
        stale.extend(_stale_index(doc, index))
        return index

    monkeypatch.setattr(xml_children, "named", compared)
    monkeypatch.setattr(named_docs.HandleDoc, "index", index_compared)
    text = path.read_text(encoding="utf-8")
    assert run_golden(text, path.name, companions=companion_folder(path)) == []
    assert stale == []
