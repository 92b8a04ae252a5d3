"""`wl check`: scripts and WINDEV text-format files, errors at the original positions."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp.check import check_paths
from wlinterp.syntax.winfile import code_blocks

WDC = """#To edit and compare internal_properties, use WINDEV integrated tools.
info :
 name : Compte
 type : 4
class :
 code_elements :
  type_code : 10
  p_codes :
   -
     code : |1+
      Compte est une Classe
      \therite Base
      privee
      \tm_solde est un monétaire
      fin
     type : 131072
  procedures :
   -
     name : Constructeur
     type_code : 27
     code : |1+
      procédure Constructeur()

      :m_solde = 0
     type : 589824
   -
     name : Deposer
     type_code : 12
     code : |1-
      procédure Deposer(m)
      SI m > 0 ALORS
          :m_solde += m
     type : 589824
"""


def test_code_blocks_are_found_with_names_and_positions() -> None:
    blocks = code_blocks(WDC)
    assert [b.name for b in blocks] == ["Compte", "Constructeur", "Deposer"]
    assert blocks[1].first_line == 22 and blocks[1].indent == 6
    assert blocks[1].text == "procédure Constructeur()\n\n:m_solde = 0\n"
    assert blocks[0].text.splitlines()[1] == "\therite Base"


def test_check_reports_errors_at_file_lines(tmp_path: Path) -> None:
    f = tmp_path / "Compte.wdc"
    f.write_text(WDC, encoding="utf-8")
    err = io.StringIO()
    assert check_paths([str(f)], err=err) == 65
    lines = err.getvalue().splitlines()
    assert lines[0] == (f"{f}:31:7: error[WL100]: expected FIN to close the SI opened at "
                        "line 31 (in Deposer)")
    assert lines[1].strip() == "SI m > 0 ALORS"
    assert lines[-1] == "wl check: 1 file(s), 1 code block(s), 1 error(s), 0 warning(s)"


def test_check_folder_mixes_scripts_and_windev_files(tmp_path: Path) -> None:
    good = WDC.replace("          :m_solde += m\n", "          :m_solde += m\n      FIN\n")
    (tmp_path / "Compte.wdc").write_text(good, encoding="utf-8")
    (tmp_path / "a.wl").write_text('Trace("ok")\n', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("IF\n", encoding="utf-8")
    err = io.StringIO()
    assert check_paths([str(tmp_path)], err=err) == 0
    assert err.getvalue().splitlines()[-1] == \
        "wl check: 2 file(s), 2 code block(s), 0 error(s), 1 warning(s)"
    assert "warning[WL207]: unknown parent class 'Base'" in err.getvalue()


def test_unreadable_path(tmp_path: Path) -> None:
    err = io.StringIO()
    assert check_paths([str(tmp_path / "missing.wl")], err=err) == 66
    assert "cannot read" in err.getvalue()


def test_a_dangling_link_in_a_checked_folder_is_said_unreadable(tmp_path: Path) -> None:
    """A `.wl` symbolic link to nothing in a folder was skipped without a word: now it is
    unreadable, as when named, and the other files are still checked."""
    (tmp_path / "a.wl").write_text('Trace("ok")\n', encoding="utf-8")
    (tmp_path / "b.wl").symlink_to(tmp_path / "gone.wl")
    err = io.StringIO()
    assert check_paths([str(tmp_path)], err=err) == 66
    lines = err.getvalue().splitlines()
    assert lines[0] == f"wl: error: cannot read {tmp_path / 'b.wl'}: No such file or directory"
    assert lines[-1] == "wl check: 2 file(s), 1 code block(s), 0 error(s), 0 warning(s)"


def test_automation_variables_are_declared_without_warnings(tmp_path: Path) -> None:
    """`object Automation` / `objet Automation` is a known type (not WL207) and its
    methods are not unknown functions (WL102): using them fails only at run time."""
    f = tmp_path / "ole.wl"
    f.write_text('xl is object Automation "Excel.Application"\nxl.Visible = True\n'
                 'wd est un objet Automation dynamique\nwd.Quit()\n', encoding="utf-8")
    err = io.StringIO()
    assert check_paths([str(f)], err=err) == 0
    assert "WL207" not in err.getvalue() and "WL102" not in err.getvalue()
    assert "warning" not in err.getvalue()


def test_the_summary_counts_the_encoding_warning_it_printed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file saved in ANSI gets a warning on stderr (read as Windows-1252): the summary
    said "0 warning(s)" after it (or, for one file, was not printed); now it counts it."""
    f = tmp_path / "ansi.wl"
    f.write_bytes('Trace("été")\n'.encode("cp1252"))
    err = io.StringIO()
    assert check_paths([str(f)], err=err) == 0
    assert "warning: the file is not UTF-8 (byte 0xE9)" in capsys.readouterr().err
    assert err.getvalue().splitlines() == [
        "wl check: 1 file(s), 1 code block(s), 0 error(s), 1 warning(s)"]


def test_the_json_summary_counts_the_encoding_warning_as_the_text_one_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--format json`: the summary said 1 warning (the diagnostic) where the text one
    said 2 (the diagnostic and the ANSI file's warning on stderr); now `warnings` counts
    both and `encoding_warnings` says how many were the encoding's. The document still
    follows the schema."""
    import json

    import jsonschema

    from wlinterp.check import CheckOptions
    from wlinterp.semantics.report import JSON_SCHEMA
    ansi, plain = tmp_path / "ansi.wl", tmp_path / "plain.wl"
    ansi.write_bytes('x is int = 1\nTrace("été")\n'.encode("cp1252"))
    plain.write_text('Trace("ok")\n', encoding="utf-8")
    out = io.StringIO()
    assert check_paths([str(ansi), str(plain)], out=out,
                       options=CheckOptions(format="json")) == 0
    assert "warning: the file is not UTF-8" in capsys.readouterr().err
    doc = json.loads(out.getvalue())
    assert doc["summary"] == {"errors": 0, "warnings": 2, "encoding_warnings": 1}
    assert [d["code"] for d in doc["diagnostics"]] == ["WL201"]
    jsonschema.validate(doc, JSON_SCHEMA)
