"""A class file checked without the file of its parent class (real projects keep each
class in its own .wdc, and one file may be checked alone): the members and methods it
uses may be the parent's, so `wl check` does not call them unknown; WL207 says the
parent is not seen. Sources written for this test."""
from __future__ import annotations

from pathlib import Path

from wl_test_helpers import check_json

CHILD = """\
CAcquisition is a Class
	inherits CSocketClient
	m_buffer is Buffer
END
PROCEDURE CAcquisition::Start() : boolean
:StartListening()
Log(:m_name + :m_buffer)
o is CAcquisition
o.Stop()
Reconnect(2)
Trace(o.m_port)
RESULT ExecuteAncestor()
"""
ENFANT = """\
CAcquisition est une Classe
	hérite de CClientSocket
FIN
PROCÉDURE CAcquisition::Démarre()
:DémarreEcoute(:m_port)
Arrete()
Ouvre(FEN_Principale, :m_nom)
"""


def _check(tmp_path: Path, name: str, text: str) -> list[dict[str, object]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return check_json(path)


def test_members_and_methods_of_an_unseen_parent_are_not_errors(tmp_path: Path) -> None:
    found = _check(tmp_path, "child.wl", CHILD)
    assert [d["code"] for d in found if d["severity"] == "error"] == []
    assert any(d["code"] == "WL207" and "CSocketClient" in str(d["message"]) for d in found)


def test_in_french_a_wlanguage_function_is_still_checked(tmp_path: Path) -> None:
    """Ouvre is a WLanguage (window) function: not taken for an inherited method."""
    found = _check(tmp_path, "enfant.wl", ENFANT)
    errors = [(d["code"], str(d["message"])) for d in found if d["severity"] == "error"]
    assert [code for code, _ in errors] == ["WL103"] and "Ouvre" in errors[0][1]


def test_a_class_whose_parent_is_seen_keeps_its_unknown_member_errors(tmp_path: Path) -> None:
    text = "CBase is a Class\nEND\n" + CHILD.replace("CSocketClient", "CBase")
    codes = sorted({str(d["code"]) for d in _check(tmp_path, "seen.wl", text)
                    if d["severity"] == "error"})
    assert codes == ["WL102", "WL109"]
