"""A loop reading `doc.Order.Line[i]` (or writing `doc.Order.Line[i].Ref = x`) found the
order's lines again at each pass, looking at every child of the order: n lines cost
n * n steps (20,000 lines read: 19 s; built: 92 s). An element's children by name are
now kept between reads (stdlib/xml_children.py). Counted, not timed: the lines of
Python run in stdlib/xml_*.py for 400 lines are about twice those for 200, not four
times; and a name written in another case is still found."""
from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_runner import companion_folder, run_golden  # noqa: E402
from wl_test_helpers import run_lines  # noqa: E402

xml_children = importlib.import_module("wlinterp.stdlib.xml_children")

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
import sys
from pathlib import Path
from wlinterp.engine import run_source
xml_documents = importlib.import_module("wlinterp.stdlib.xml_documents")
stdlib, program = str(Path(xml_documents.__file__).parent), sys.stdin.read()
steps = 0

def trace(frame, event, arg):
    global steps
    name = frame.f_code.co_filename
    if not (name.startswith(stdlib) and Path(name).name.startswith("xml_")):
        return None
    if event == "line":
        steps += 1
    return trace

out = io.StringIO()
sys.settrace(trace)
run_source(program, "t.wl", stdout=out, stderr=sys.stderr)
sys.settrace(None)
print(steps)
print(out.getvalue(), end="")
"""


def xml_steps(program: str) -> tuple[list[str], int]:
    """The program's Trace lines and how many lines of stdlib/xml_*.py ran, in a process
    of its own (a trace function set in a test worker that earlier tests left threads
    in made the worker spin for ever: CPython 3.11)."""
    done = subprocess.run([sys.executable, "-c", _COUNT], input=program,
                          capture_output=True, text=True, encoding="utf-8", timeout=600,
                          check=True)
    assert done.stderr == "", done.stderr
    steps, *lines = done.stdout.splitlines()
    return lines, int(steps)


@pytest.mark.parametrize("program, results", [
    (_READ_EN, lambda n: [f"{2 * n}, 2, n"]),
    (_READ_FR, lambda n: [f"{2 * n}, 2, n"]),
    (_BUILD_EN, lambda n: [f"{n}, {n}"]),
    (_BUILD_FR, lambda n: [f"{n}, {n}"]),
])
def test_lines_read_or_written_by_rank_cost_steps_in_proportion(
        program: str, results: Callable[[int], list[str]]) -> None:
    small, small_steps = xml_steps(program.format(n=200))
    large, large_steps = xml_steps(program.format(n=400))
    assert (small, large) == (results(200), results(400))
    # twice the lines: about twice the steps (all children looked at at each pass: 4x)
    assert large_steps < 2.3 * small_steps, (small_steps, large_steps)


XML_GOLDENS = sorted(p for p in (Path(__file__).resolve().parents[1] / "golden").rglob("*.wl")
                      if "xml" in p.read_text(encoding="utf-8").lower())


@pytest.mark.parametrize("path", XML_GOLDENS, ids=lambda p: p.name)
def test_what_is_kept_is_what_a_fresh_look_finds(path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Every golden program using XML runs as expected with each answer of
    xml_children.named compared with a fresh look at the children: a change of the tree
    that drops nothing kept would give a stale answer."""
    kept = xml_children.named
    stale: list[str] = []

    def compared(el: Any, written: str) -> Any:
        found = kept(el, written)
        if list(found) != xml_children.scan(el, written):
            stale.append(f"<{el.tag}>.{written}")
        return found

    monkeypatch.setattr(xml_children, "named", compared)
    text = path.read_text(encoding="utf-8")
    assert run_golden(text, path.name, companions=companion_folder(path)) == []
    assert stale == []
