"""A loop reading `doc.Order.Line[i]` compares the name of every child of the order at
each pass; each comparison folded both names (case and accents ignored), so 5,000 lines
read in a loop took 46 s. A child whose name is the one written is found without
folding; only the others (another case, another name) are folded. Counted, not timed."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from wl_test_helpers import run_lines  # noqa: E402

xml_documents = importlib.import_module("wlinterp.stdlib.xml_documents")

_PROGRAM = """s is string = "<Order>" + Repeat("<Line>2</Line>", 50) + "<Note>n</Note></Order>"
d is xmlDocument = XMLOpen(s, fromString)
k is int
FOR i = 1 TO 50
  k += d.Order.Line[i]
END
Trace(k)
Trace(d.ORDER.line[3], d.order.Note)
"""


def test_names_written_as_in_the_document_are_not_folded(
        monkeypatch: pytest.MonkeyPatch) -> None:
    folded: list[tuple[str, str]] = []
    real = xml_documents._same

    def counting(name: str, written: str) -> bool:
        folded.append((name, written))
        return real(name, written)

    monkeypatch.setattr(xml_documents, "_same", counting)
    assert run_lines(_PROGRAM) == ["100", "2, n"]
    # the loop folds only <Note>, the one child of another name, at each of its passes
    assert ("Line", "Line") not in folded
    assert folded.count(("Note", "Line")) == 50
    # names written in another case are still found, folded
    assert ("Line", "line") in folded and ("Order", "ORDER") in folded
