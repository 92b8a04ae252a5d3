"""An xmlDocument's methods are the XML functions (`doc.Save(f)` is XMLSave), on a place
declared an xmlDocument only: the XML prefix made every value's `.Save()` and
`.BuildString()` look like a method it might have, so wl check said nothing of
`n.BuildString()` on an xmlNode and the run stopped with its caret on the object or on
column 1. `wl check` and `wl run` give the same words at the method's name again."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.errors import WLRuntimeError
from wl_test_helpers import check_json, run_captured, write

_DOC = 'doc is xmlDocument = XMLOpen("<r><a>1</a></r>", fromString)\n'
_DOC_FR = 'xDoc est un xmlDocument = XMLOuvre("<r><a>1</a></r>", depuisChaîne)\n'

CASES = [  # (program, line, column, name)
    (_DOC + "n is xmlNode = doc.r\nTrace(n.BuildString())\n", 3, 9, "BuildString"),
    (_DOC + "Trace(doc.r.a.BuildString())\n", 2, 15, "BuildString"),
    (_DOC + "doc.r.a.BuildString()\n", 2, 9, "BuildString"),
    (_DOC_FR + "n est un xmlNoeud = xDoc.r\nTrace(n.ConstruitChaîne())\n", 3, 9,
     "ConstruitChaîne"),
    ('d is Date = Today()\nTrace(d.Save("x.xml"))\n', 2, 9, "Save"),
    ('d is Date = Today()\nd.Save("x.xml")\n', 2, 3, "Save"),
]


@pytest.mark.parametrize("text,line,col,name", CASES)
def test_check_and_run_stop_at_the_method_name(text: str, line: int, col: int, name: str,
                                               tmp_path: Path) -> None:
    path = write(tmp_path, "calls.wl", text)
    found = [(d["code"], d["line"], d["column"]) for d in check_json(path)
             if str(d["code"]).startswith("WL1")]
    assert len(found) == 1 and found[0][1:] == (line, col), found
    with pytest.raises(WLRuntimeError) as stopped:
        run_captured(path)
    where = re.search(r"calls\.wl:(\d+):(\d+): (.*)", str(stopped.value))
    assert where is not None, str(stopped.value)
    assert (int(where[1]), int(where[2])) == (line, col)
    assert name in where[3]


def test_a_document_still_has_them(tmp_path: Path) -> None:
    text = (_DOC + 'Trace(doc.BuildString())\n'
            + _DOC_FR.replace("xDoc", "x2") + "Trace(x2.ConstruitChaîne())\n")
    path = write(tmp_path, "doc.wl", text)
    assert [d for d in check_json(path) if str(d["code"]).startswith("WL1")] == []
    out, _ = run_captured(path)
    assert out.count("<r><a>1</a></r>") == 2
