"""A named XML document's parents, order and levels are kept between moves
(stdlib/xml_doc_index.py): a loop of XMLNext (over siblings, or over what XMLFind
finds) walked the whole document at each step, so n elements cost n times the document
(2,000 lines found by XMLFind/XMLNext: 12 s). Counted, not timed: the lines of Python
run in stdlib/xml_*.py for 400 lines are about twice those for 200, not four times.
And every golden using XML runs with the kept index compared with a fresh one at each
use: a change of the tree that dropped nothing would give a stale answer (in
test_xml_children_kept.py test_what_is_kept_is_what_a_fresh_look_finds, in the same run
of each golden as the children kept)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_xml_children_kept import steps_by_size

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


_PROGRAMS = [_FIND_EN, _FIND_FR, _SIBLINGS_EN, _SIBLINGS_FR]


@pytest.fixture(scope="module")
def counted() -> dict[tuple[str, int], tuple[list[str], int]]:
    return steps_by_size(_PROGRAMS)


@pytest.mark.parametrize("program", _PROGRAMS)
def test_a_loop_of_xml_next_costs_steps_in_proportion(
        program: str, counted: dict[tuple[str, int], tuple[list[str], int]]) -> None:
    (small, small_steps), (large, large_steps) = counted[program, 200], counted[program, 400]
    assert (small, large) == (["400"], ["800"])
    # twice the lines: about twice the steps (the whole document at each step: 4x)
    assert large_steps < 2.3 * small_steps, (small_steps, large_steps)
