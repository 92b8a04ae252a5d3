"""Whole text-format files in the forms the IDE saves them, written for these tests
(tests/realcode/wholefiles/en and fr: a procedure set, a class and a window each):
elements in any order (a set's declarations and a class's declaration saved after the
procedures, a window's procedures before its code and its controls after), comments
before the PROCEDURE lines (`//` summaries and `/* */` notes), a window's and its
controls' events, the set's declarations seen in the set's procedures and in the window.
`wl check` of each folder finds nothing; `wl run` runs the set and the class."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wlinterp.cli import main
from wlinterp.syntax.hoist import MARK
from wlinterp.syntax.parser import parse
from wlinterp.syntax.winfile import code_blocks, program_source
from wl_test_helpers import check_json

HERE = Path(__file__).resolve().parent / "wholefiles"
FILES = {"en": ["COL_Order.wdg", "CInvoice.wdc", "WIN_Invoice.wdw"],
         "fr": ["COL_Commande.wdg", "CFacture.wdc", "FEN_Facture.wdw"]}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_folder_checks_clean(lang: str) -> None:
    found = check_json(*(HERE / lang / name for name in FILES[lang]))
    assert found == []


@pytest.mark.parametrize("lang, proc, shown", [("en", "Describe", "order: 24"),
                                                ("fr", "Décrit", "commande : 24")])
def test_a_set_whose_declarations_come_last_runs(lang: str, proc: str, shown: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run", "--call", proc, str(HERE / lang / FILES[lang][0])])
    out, err = capsys.readouterr()
    assert (code, out.strip()) == (0, shown), err


@pytest.mark.parametrize("lang, script", [
    ("en", 'o is CInvoice("Ann")\no.AddLine(100)\nTrace(o.Total(), CInvoice::gnInvoices)\n'),
    ("fr", 'o est un CFacture("Zoé")\no.AjouteLigne(100)\nTrace(o.Total(), CFacture::gnFactures)\n'),
])
def test_a_class_declared_after_its_methods_runs(lang: str, script: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The class's declaration saved after the methods, a `/* */` note above a method's
    PROCEDURE line: every method is the class's (AddLine was a global procedure)."""
    shutil.copy(HERE / lang / FILES[lang][1], tmp_path)
    (tmp_path / "use.wl").write_text(script, encoding="utf-8")
    code = main(["run", str(tmp_path / "use.wl")])
    out, err = capsys.readouterr()
    assert (code, out.strip()) == (0, "120, 1"), err


def test_declarations_saved_last_are_read_first_at_their_own_lines() -> None:
    text = (HERE / "en" / "COL_Order.wdg").read_text(encoding="utf-8")
    source = program_source(text, "COL_Order.wdg")
    program = parse(source, "COL_Order.wdg")
    first_decl = text.splitlines().index("      gmPrice is currency = 10") + 1
    assert program.main.stmts[0].line == first_decl  # the file's line, not moved
    assert [p.name for p in program.procedures] == ["Total", "Describe"]
    last = program.procedures[-1].body.stmts
    assert all(s.line < first_decl for s in last)  # no longer the end of Describe's body


def test_files_in_the_usual_order_get_no_mark() -> None:
    text = (HERE.parent / "corpus" / "COL_Outils.wdg").read_text(encoding="utf-8")
    assert MARK not in program_source(text, "COL_Outils.wdg")


@pytest.mark.parametrize("lang, control, line, typo", [
    ("en", "BTN_Add", 'MySelf..Caption = "Add (" + gnAdded', "gnAdde"),
    ("fr", "SAI_Client", "gsFiltre = Majuscule", "gsFiltr")])
def test_an_error_in_a_control_s_event_names_the_control(
        lang: str, control: str, line: str, typo: str, tmp_path: Path) -> None:
    name = FILES[lang][2]
    text = (HERE / lang / name).read_text(encoding="utf-8")
    at = next(n for n, ln in enumerate(text.splitlines(), 1) if ln.strip().startswith(line))
    right = line.split()[-1] if lang == "en" else "gsFiltre"
    (tmp_path / name).write_text(text.replace(line, line.replace(right, typo)),
                                 encoding="utf-8")
    for other in FILES[lang][:2]:
        shutil.copy(HERE / lang / other, tmp_path)
    found = [d for d in check_json(*(tmp_path / n for n in FILES[lang]))
             if d["severity"] == "error"]
    assert [(d["code"], d["line"]) for d in found] == [("WL101", at)]
    assert str(found[0]["message"]).endswith(f"(in {control})")


def test_blocks_know_their_section() -> None:
    """A window's blocks: its own code, its controls' events, its local procedures, by
    the file's `controls :` / `procedures :` keys whatever their order and indentation."""
    text = (HERE / "en" / "WIN_Invoice.wdw").read_text(encoding="utf-8")
    got = [(b.name, b.section) for b in code_blocks(text)]
    assert got == [("AddAndShow", "procedures"), ("WIN_Invoice", ""), ("WIN_Invoice", ""),
                   ("WIN_Invoice", ""), ("EDT_Customer", "controls"),
                   ("BTN_Add", "controls"), ("BTN_Add", "controls")]


def test_a_procedure_element_is_never_read_as_declarations() -> None:
    """A block whose element type is a procedure's stays where it is even when its
    first line is no PROCEDURE line (only blocks of other types are moved first)."""
    text = (HERE / "en" / "COL_Order.wdg").read_text(encoding="utf-8")
    odd = text.replace("      PROCEDURE Describe()\n", "")
    program = parse(program_source(odd, "COL_Order.wdg"), "COL_Order.wdg")
    assert [p.name for p in program.procedures] == ["Total"]
    first_decl = odd.splitlines().index("      gmPrice is currency = 10") + 1
    assert program.main.stmts[0].line == first_decl  # the declarations are still first


TWO_METHODS = ("info :\n name : CTiny\n type : 4\nclass :\n name : CTiny\n code_elements :\n"
               "  procedures :\n   -\n     name : Hello\n     code : |1+\n"
               "      PROCEDURE Hello()\n      RESULT \"hi\"\n     type : 458752\n   -\n"
               "     name : World\n     code : |1+\n      PROCEDURE World()\n"
               "      RESULT \"world\"\n     type : 458752\n")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_files_saved_with_windows_line_ends_read_alike(lang: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    """The IDE on Windows saves CR LF line ends, often after a UTF-8 BOM: such a set,
    class or window checks and runs as the same file with LF ends. Before, each was
    'not a WINDEV text-format file (no 'key :' lines found)'."""
    for name in FILES[lang]:
        data = (HERE / lang / name).read_bytes().replace(b"\n", b"\r\n")
        (tmp_path / name).write_bytes(b"\xef\xbb\xbf" + data)
    assert check_json(*(tmp_path / name for name in FILES[lang])) == []
    proc, shown = ("Describe", "order: 24") if lang == "en" else ("Décrit", "commande : 24")
    code = main(["run", "--call", proc, str(tmp_path / FILES[lang][0])])
    out, err = capsys.readouterr()
    assert (code, out.strip()) == (0, shown), err


@pytest.mark.parametrize("text", [TWO_METHODS, (HERE / "fr" / "CFacture.wdc").read_text(
    encoding="utf-8")])
def test_a_class_saved_with_windows_line_ends_gives_the_same_program(text: str) -> None:
    """Its methods are the class's (named from the class line, or from `info : name :`
    when no block declares the class) whatever the line ends."""
    crlf = program_source(text.replace("\n", "\r\n"), "C.wdc")
    assert crlf == program_source(text, "C.wdc")
    assert "::" in crlf
