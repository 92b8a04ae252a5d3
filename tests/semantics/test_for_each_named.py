"""FOR EACH over a value with no elements: the run's error names the variable or member
path the loop goes through, with its class or structure, and puts the caret on it, as
`wl check`'s WL110 does (it said "FOR EACH cannot go through a value of type structure."
at the FOR, for a class's object too). docs/semantics.md, "FOR EACH x OF v"."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.cli import main as wl

CASES = [  # (program, line, column, what the message names)
    ("CBag is Class\n  m_n is int\nEND\no is CBag\nFOR EACH y OF o\nTrace(y)\nEND\n",
     5, 15, "'o', a CBag (class)"),
    ("STPoint est une Structure\n  x est un entier\nFIN\nCLigne est une Classe\n"
     "  m_pt est un STPoint\nFIN\nl est un CLigne\npour tout e de l.m_pt\nTrace(e)\nFIN\n",
     8, 16, "'l.m_pt', a STPoint (structure)"),
    ("CBag is Class\n  m_p is CBag dynamic\n  m_n is int\nEND\nb is CBag\nb.m_p = new CBag\n"
     "b.Walk()\nPROCEDURE CBag::Walk()\n  FOR EACH y OF :m_p FromEnd\n    Trace(y)\n  END\n",
     9, 17, "':m_p', a CBag (class)"),
    ("Walk(3)\nPROCEDURE Walk(n)\nFOR EACH v, k OF n\nTrace(v)\nEND\n", 3, 18,
     "'n', a value of type integer"),
]


@pytest.mark.parametrize("source,line,col,named", CASES)
def test_the_error_names_the_value_at_its_place(source: str, line: int, col: int, named: str,
                                                 tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "loop.wl"
    path.write_text(source, encoding="utf-8")
    assert wl(["run", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"loop.wl:{line}:{col}: error: FOR EACH cannot go through {named}: it has no " \
           f"elements" in err
