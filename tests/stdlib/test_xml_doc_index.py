"""A named XML document's parents, order and levels are kept between moves
(stdlib/xml_doc_index.py): a loop of XMLNext (over siblings, or over what XMLFind
finds) walked the whole document at each step, so n elements cost n times the document
(2,000 lines found by XMLFind/XMLNext: 12 s). Counted, not timed: the lines of Python
run in stdlib/xml_*.py for 400 lines are about twice those for 200, not four times.
And every golden using XML runs with the kept index compared with a fresh one at each
use: a change of the tree that dropped nothing would give a stale answer."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from golden_runner import companion_folder, run_golden  # noqa: E402
from test_xml_children_kept import XML_GOLDENS, xml_steps  # noqa: E402

named_docs = importlib.import_module("wlinterp.stdlib.xml_named_docs")
doc_index = importlib.import_module("wlinterp.stdlib.xml_doc_index")

_FIND_EN = """s is string = "<Order>" + Repeat("<Line><Ref>r</Ref><Qty>2</Qty></Line>", {n}) + "</Order>"
XMLDocument("D", s)
n is int
XMLFind("D", "Qty", XMLTag)
WHILE NOT XMLOut("D")
  n += Val(XMLData("D"))
  XMLNext("D")
END
Trace(n)
"""
_FIND_FR = """s est une chaîne = "<Commande>" + Répète("<Ligne><Réf>r</Réf><Qte>2</Qte></Ligne>", {n}) + "</Commande>"
XMLDocument("D", s)
n est un entier
XMLRecherche("D", "Qte", XMLBalise)
TANTQUE PAS XMLEnDehors("D")
  n += Val(XMLDonnée("D"))
  XMLSuivant("D")
FIN
Trace(n)
"""
_SIBLINGS_EN = """s is string = "<Order>" + Repeat("<Line><Qty>2</Qty></Line>", {n}) + "</Order>"
XMLDocument("D", s)
n is int
XMLChild("D")
WHILE NOT XMLOut("D")
  XMLChild("D")
  n += Val(XMLData("D"))
  XMLParent("D")
  XMLNext("D")
END
Trace(n)
"""
_SIBLINGS_FR = """s est une chaîne = "<Commande>" + Répète("<Ligne><Qte>2</Qte></Ligne>", {n}) + "</Commande>"
XMLDocument("D", s)
n est un entier
XMLFils("D")
TANTQUE PAS XMLEnDehors("D")
  XMLFils("D")
  n += Val(XMLDonnée("D"))
  XMLParent("D")
  XMLSuivant("D")
FIN
Trace(n)
"""


@pytest.mark.parametrize("program", [_FIND_EN, _FIND_FR, _SIBLINGS_EN, _SIBLINGS_FR])
def test_a_loop_of_xml_next_costs_steps_in_proportion(program: str) -> None:
    small, small_steps = xml_steps(program.format(n=200))
    large, large_steps = xml_steps(program.format(n=400))
    assert (small, large) == (["400"], ["800"])
    # twice the lines: about twice the steps (the whole document at each step: 4x)
    assert large_steps < 2.3 * small_steps, (small_steps, large_steps)


def _fresh(root: Any) -> tuple[dict[int, Any], list[Any]]:
    fresh = doc_index.DocIndex(root)
    return fresh.parents(), fresh.order()


@pytest.mark.parametrize("path", XML_GOLDENS, ids=lambda p: p.name)
def test_the_kept_index_is_what_a_fresh_one_finds(path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    kept_index: Callable[[Any], Any] = named_docs.HandleDoc.index
    stale: list[str] = []

    def compared(doc: Any) -> Any:
        index = kept_index(doc)
        if (index.parents(), index.order()) != _fresh(doc.root):
            stale.append(f"<{doc.root.tag}>")
        for owner in [doc.root, *doc.root.iter()]:
            if index.level(owner)[0] != doc_index.items_under(owner):
                stale.append(f"<{doc.root.tag}> level <{owner.tag}>")
        return index

    monkeypatch.setattr(named_docs.HandleDoc, "index", compared)
    text = path.read_text(encoding="utf-8")
    assert run_golden(text, path.name, companions=companion_folder(path)) == []
    assert stale == []
