"""`PROCEDURE P() <statique>`: an attribute the run does not know was skipped without a
word; `wl check` names it (WL222, a warning) at the attribute, with the attributes known
in its hint. The known ones, English and French, any case, are not reported. A
parameter's attributes are read too (`x is int <utile>`, `p <fenêtre>`): one no parameter
takes (`<optional>`) is WL222 (it was not read: 5 Dec 2026 night, L)
(semantics/procedure_attributes.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from wl_test_helpers import check_json, run_captured, write


@pytest.mark.parametrize("header,col,shown", [
    ("PROCEDURE Foo() <statique>", 17, "<statique>"),
    ("PROCEDURE Foo() : int <Static>", 23, "<Static>"),
    ("PROCÉDURE Foo() <getter>", 17, "<getter>"),
    ("procédure Foo() <thread principal> <statique>", 36, "<statique>"),
])
def test_an_unknown_attribute_is_named(header: str, col: int, shown: str,
                                       tmp_path: Path) -> None:
    path = write(tmp_path, "a.wl", f"Trace(Foo())\n{header}\nRESULT 1\n")
    found = [(d["line"], d["column"], d["message"]) for d in check_json(path)
             if d["code"] == "WL222"]
    assert found == [(2, col, f"unknown procedure attribute '{shown}': it is ignored")]
    (hint,) = [d["hint"] for d in check_json(path) if d["code"] == "WL222"]
    assert "<get>" in hint and "<thread ...>" in hint
    out, err = run_captured(path)
    assert out.strip() == "1"


def test_the_known_attributes_are_not_reported(tmp_path: Path) -> None:
    text = ("Trace(A(1) + B() + C() + D())\n"
            "PROCEDURE A(p <fenêtre>) <thread principal> : int // <not an attribute>\n"
            "RESULT p\nPROCÉDURE B() <UTILE> <Zombie comment = \"old\">\nRESULT 2\n"
            "PROCEDURE C() <Thread Safe>\nRESULT 3\nprocédure D() <extension> : entier\n"
            "RESULT 4\n")
    path = write(tmp_path, "a.wl", text)
    assert [d for d in check_json(path) if d["code"] == "WL222"] == []
    out, err = run_captured(path)
    assert out.strip() == "10"


def test_the_ui_and_business_attributes_are_not_reported(tmp_path: Path) -> None:
    """`<métier>` / `<business>` and `<IHM>` / `<UI>` tell business code from UI code
    (?1511025; wxFirebaseSDK writes `<métier>` and `<UI>`): no WL222, and the run is
    unchanged."""
    text = ("Trace(A() + B() + C() + D())\n"
            "procédure A() <métier>\nRENVOYER 1\n"
            "PROCEDURE B() <UI>: int\nRESULT 2\n"
            "PROCÉDURE C() <IHM> : entier\nRENVOYER 3\n"
            "PROCEDURE D() <Business>\nRESULT 4\n")
    path = write(tmp_path, "a.wl", text)
    assert [d for d in check_json(path) if d["code"] == "WL222"] == []
    out, err = run_captured(path)
    assert out.strip() == "10"


@pytest.mark.parametrize("header,col,shown", [
    ("PROCEDURE Foo(x is int <optional>)", 24, "<optional>"),
    ('PROCÉDURE Foo(LOCAL x est une chaîne <Utile>, y <statique> = "<a>")', 49, "<statique>"),
    ("procedure Foo(x <window>, y is int <Nullable> = 2) <thread>", 36, "<Nullable>"),
])
def test_an_unknown_parameter_attribute_is_named(header: str, col: int, shown: str,
                                                 tmp_path: Path) -> None:
    path = write(tmp_path, "a.wl", f"Trace(Foo(1))\n{header}\nRESULT 1\n")
    found = [(d["line"], d["column"], d["message"], d["hint"]) for d in check_json(path)
             if d["code"] == "WL222"]
    assert [f[:3] for f in found] == [
        (2, col, f"unknown parameter attribute '{shown}': it is ignored")]
    assert "<utile>/<useful>" in found[0][3] and "<fenêtre>/<window>" in found[0][3]
    out, err = run_captured(path)
    assert out.strip() == "1"


def test_the_known_parameter_attributes_are_not_reported(tmp_path: Path) -> None:
    text = ('Trace(A(1, "FEN_Main", "x<y>"))\n'
            "PROCEDURE A(LOCAL n is int <Useful>, sWindow <fenêtre>, s = \"<not one>\")\n"
            "RESULT n\nPROCÉDURE B(sEtat est une chaîne <état>, q <REQUÊTE>, c <champ>)\n"
            "RESULT 2\n")
    path = write(tmp_path, "a.wl", text)
    assert [d for d in check_json(path) if d["code"] == "WL222"] == []
    out, err = run_captured(path)
    assert out.strip() == "1"


@pytest.mark.parametrize("header", [
    'PROCEDURE Foo(x is int <utile>, ...\n\ty <foo> = ")", // y <comment>\n\tz <window> = 2) <statique>',
    'PROCÉDURE Foo(x est un entier <utile>,\n\ty <foo> = ")", // y <commentaire>\n\tz <fenêtre> = 2) <statique>',
])
def test_a_header_over_lines_is_read_to_its_parenthesis(header: str, tmp_path: Path) -> None:
    """A header whose parameters go on over lines: each line's attributes are read, and
    those after the `)` on its last line (only the first line was read: 5 Dec 2026
    night, L); a default's text literal and a comment are not."""
    path = write(tmp_path, "a.wl", f"Trace(Foo(1))\n{header}\nRESULT x\n")
    found = [(d["line"], d["column"], d["message"]) for d in check_json(path)
             if d["code"] == "WL222"]
    last = header.splitlines()[2].index("<statique>") + 1
    assert found == [(3, 4, "unknown parameter attribute '<foo>': it is ignored"),
                     (4, last, "unknown procedure attribute '<statique>': it is ignored")]
    out, err = run_captured(path)
    assert out.strip() == "1"


@pytest.mark.parametrize("header,where", [
    ("PROCEDURE Foo(x is int,\n\ty <foo>)", (3, 4)),
    ("PROCÉDURE Foo(x est un entier, // )\n\ty <truc>)", (3, 4)),
    ('PROCEDURE Foo(x = ")",\n\ty <foo>)', (3, 4)),
    ("PROCÉDURE Foo(x) <statique>", (2, 18)),
])
def test_a_header_without_bracket_on_its_first_line_is_still_read(
        header: str, where: tuple[int, int], tmp_path: Path) -> None:
    """Most headers are left unread (procedure_attributes._plain_header): no `<` on their
    first line, which closes the parameters' `(` with no text literal or comment on it.
    A header going on to the next line, a `)` or `(` in a literal or a comment, and an
    attribute after the `)` are still read."""
    path = write(tmp_path, "a.wl", f"Trace(Foo(1))\n{header}\nRESULT 1\n")
    found = [(d["line"], d["column"]) for d in check_json(path) if d["code"] == "WL222"]
    assert found == [where]


@pytest.mark.parametrize("header,col,message", [
    ("PROCEDURE Foo(x) <utile, statique>", 26,
     "unknown procedure attribute 'statique' in '<utile, statique>': it is ignored"),
    ("procédure Foo(x <UTILE, Statique> <utile>) <utile> <thread principal>", 25,
     "unknown parameter attribute 'Statique' in '<UTILE, Statique>': it is ignored"),
    ('PROCEDURE Foo(x <useful> <useful>) <zombie comment = "a, b"> <useful, Static>', 71,
     "unknown procedure attribute 'Static' in '<useful, Static>': it is ignored"),
])
def test_several_attributes_in_one_pair_of_brackets_are_each_read(
        header: str, col: int, message: str, tmp_path: Path) -> None:
    """`<utile, statique>`: several attributes in one pair of brackets (INFERRED, as a
    member's `<serialise=faux, mapping=x>`) or one after the other; each is read, the
    unknown one named alone (the first word only was read: 6 Dec 2026, FS)."""
    path = write(tmp_path, "a.wl", f"Trace(Foo(1))\n{header}\nRESULT 1\n")
    found = [(d["line"], d["column"], d["message"]) for d in check_json(path)
             if d["code"] == "WL222"]
    assert found == [(2, col, message)]
    out, err = run_captured(path)
    assert out.strip() == "1"
