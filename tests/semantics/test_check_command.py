"""`wl check` end to end: the help page's first example, formats, filters, exit codes,
and `wl run`'s policy for partial code (`--strict`)."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from wlinterp.check import CheckOptions, check_paths
from wlinterp.semantics.report import JSON_SCHEMA

HERE = Path(__file__).parent
EXAMPLE = HERE / "help_page_example1.wl"  # copied as written from the spec page


def check(paths: list[Path], **kw: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = check_paths([str(p) for p in paths], err=err, out=out,
                       options=CheckOptions(**kw))  # type: ignore[arg-type]
    return code, out.getvalue(), err.getvalue()


def test_help_page_example_reports_the_typo_with_a_suggestion() -> None:
    code, _, err = check([EXAMPLE])
    assert code == 65
    assert (f"{EXAMPLE}:5:48: error[WL101]: 'sSMTPServer' is not declared; did you mean "
            f"sSMTPServers?") in err
    lines = err.splitlines()
    at = lines.index(next(l for l in lines if "'sSMTPServer'" in l))
    assert lines[at + 2] == "    " + " " * 47 + "^" + "~" * 10  # under the name, exactly
    assert "error[WL102]: unknown procedure or function 'Initialize_Email'" in err


def test_json_output_follows_the_documented_schema() -> None:
    code, out, _ = check([EXAMPLE], format="json")
    doc = json.loads(out)
    jsonschema.validate(doc, JSON_SCHEMA)
    assert code == 65 and doc["summary"]["errors"] >= 4
    first = next(d for d in doc["diagnostics"] if d["code"] == "WL101"
                 and "sSMTPServer'" in d["message"])
    assert (first["line"], first["column"], first["end_column"]) == (5, 48, 59)


def test_the_schema_rejects_a_malformed_document() -> None:
    _, out, _ = check([EXAMPLE], format="json")
    doc = json.loads(out)
    doc["diagnostics"][0]["severity"] = "fatal"
    try:
        jsonschema.validate(doc, JSON_SCHEMA)
    except jsonschema.ValidationError:
        return
    raise AssertionError("the schema accepted an unknown severity")


def test_github_annotations(tmp_path: Path) -> None:
    f = tmp_path / "a.wl"
    f.write_text("x is int\nTrace(y)\n", encoding="utf-8")
    code, out, _ = check([f], format="github")
    assert code == 65
    assert f"::error file={f},line=2,col=7,endColumn=8,title=WL101::'y' is not declared" in out
    assert f"::warning file={f},line=1,col=1,endColumn=2,title=WL201::" in out


def test_warnings_only_exit_zero_and_filters(tmp_path: Path) -> None:
    f = tmp_path / "w.wl"
    f.write_text("n is int\nm is int = 1 // wl: ignore[WL201]\n", encoding="utf-8")
    code, _, err = check([f])
    assert code == 0 and "WL201" in err and ":2:" not in err
    assert check([f], ignore=["WL2"])[2] == ""
    assert check([f], select=["WL1"])[2] == ""
    g = tmp_path / "e.wl"
    g.write_text("Trace(zz)\n", encoding="utf-8")
    assert check([g], ignore=["WL101"])[0] == 0


def test_an_unknown_code_to_select_or_ignore_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--select WL1O1` (a letter O) selected nothing and the check passed clean without
    a word; a code that no wl check code is nor starts is now a command-line error
    (exit 2, as ruff refuses an unknown rule). Prefixes and any case still work."""
    from wlinterp.check import main
    f = tmp_path / "p.wl"
    f.write_text("x is int = 1\n", encoding="utf-8")
    for option, code in (("--select", "WL1O1"), ("--ignore", "E501"),
                         ("--select", "WL1,WL999")):
        with pytest.raises(SystemExit) as ended:
            main([option, code, str(f)])
        assert ended.value.code == 2
        assert f"unknown code '{code.split(',')[-1]}'" in capsys.readouterr().err
    assert main(["--select", "wl2", "--ignore", "WL201", str(f)]) == 0
    assert "WL201" not in capsys.readouterr().err
    assert main(["--select", "WL1,WL201", str(f)]) == 0
    assert "warning[WL201]" in capsys.readouterr().err


def test_procedure_sets_of_one_folder_see_each_other(tmp_path: Path) -> None:
    (tmp_path / "main.wl").write_text("Trace(Helper(1))\n", encoding="utf-8")
    (tmp_path / "other.wl").write_text("x is int = 1\nTrace(x)\n", encoding="utf-8")
    code, _, err = check([tmp_path])
    assert code == 65 and "'Helper'" in err  # .wl scripts are programs of their own


def test_wl_run_keeps_running_partial_code_unless_strict(tmp_path: Path) -> None:
    f = tmp_path / "p.wl"
    f.write_text('Trace("start")\nTrace(nUndeclared)\n', encoding="utf-8")
    run = [sys.executable, "-m", "wlinterp", "run"]
    loose = subprocess.run(run + [str(f)], capture_output=True, text=True, timeout=60)
    assert loose.returncode == 0 and loose.stdout == "start\n\n"
    strict = subprocess.run(run + ["--strict", str(f)], capture_output=True, text=True,
                            timeout=60)
    assert strict.returncode == 65 and strict.stdout == ""
    assert "'nUndeclared' is not declared" in strict.stderr


def test_check_python_prints_the_generated_code(tmp_path: Path) -> None:
    f = tmp_path / "fast.wl"
    f.write_text("s is string\nFOR i = 1 TO 10\n    s += i\nEND\nTrace(s)\n", encoding="utf-8")
    code, out, _ = check([f], python=True)
    assert code == 0
    assert "in range(" in out and "+= str(" in out


def test_the_repl_asks_structured_questions() -> None:
    """Incomplete input is a flag of the syntax error, warning kinds are codes."""
    from wlinterp.engine import compile_source
    from wlinterp.errors import WLSyntaxError
    from wlinterp.repl import is_complete
    from wlinterp.syntax.parser import parse
    try:
        parse("SI x = 1 ALORS\n", "<repl>")
    except WLSyntaxError as err:
        assert err.incomplete
    try:
        parse("x = = 1\n", "<repl>")
    except WLSyntaxError as err:
        assert not err.incomplete
    assert not is_complete("IF 1 THEN\n") and is_complete("x = = 1\n")
    compiled = compile_source("Trace(nNope)\nn is Gizmo\n", "w.wl")
    assert compiled.warning_codes == ["WL207", "WL101"] or \
        sorted(compiled.warning_codes) == ["WL101", "WL207"]


def test_generated_python_keeps_its_fast_paths(tmp_path: Path) -> None:
    """`wl check --python` shows the code; the fast paths the design exists for are there."""
    f = tmp_path / "paths.wl"
    f.write_text("n is int = 10\ns is string\nFOR i = 1 TO n\n    s += \"x\"\nEND\n"
                 "Trace(s, Inc(n))\nPROCEDURE Inc(v)\nRESULT v + 1\n", encoding="utf-8")
    code, out, _ = check([f], python=True)
    assert code == 0
    assert "for v_i in range(" in out  # a FOR with a stable bound is a range loop
    assert "v_s += 'x'" in out  # appending to a string local stays in place
    assert "if type(a_v) is int else w_add(a_v, 1)" in out  # the int guard on a variant


def test_a_file_of_a_project_sees_the_project_sets(tmp_path: Path) -> None:
    """Checked alone, a script of a project (.wdp) sees its sets' procedures and globals."""
    (tmp_path / "App.wdp").write_text("", encoding="utf-8")
    (tmp_path / "lib.wl").write_text("gnRate is int = 5\nPROCEDURE Twice(n)\nRESULT n * 2\n",
                                     encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text("Trace(Twice(gnRate))\nTrace(Thrice(1))\n", encoding="utf-8")
    code, _, err = check([script])
    assert code == 65
    assert f"{script}:1:" not in err  # Twice and gnRate come from lib.wl
    assert f"{script}:2:7: error[WL102]: unknown procedure or function 'Thrice'" in err


def test_the_repl_shows_checker_warnings_without_blocking() -> None:
    from wlinterp.repl.session import ReplSession
    out, err = io.StringIO(), io.StringIO()
    repl = ReplSession(stdout=out, stderr=err)
    assert repl.execute("n is int = 2.5\nTrace(n)\n")
    assert "warning[WL206]" in err.getvalue() and out.getvalue() == "2\n"


WINDOW = """#To edit and compare internal_properties, use WINDEV integrated tools.
info :
 name : FEN_Client
 type : 65538
window :
 controls :
  -
   name : EDT_Nom
   type : 1
  -
   name : BTN_OK
   type : 4
   code_elements :
    p_codes :
     -
       code : |1+
        sNom est une chaîne = EDT_Nom
        Trace(sNomm)
       type : 851980
"""


def test_window_and_page_template_blocks_know_their_controls(tmp_path: Path) -> None:
    for name in ("FEN_Client.wdw", "Modele.wwt"):
        f = tmp_path / name
        f.write_text(WINDOW, encoding="utf-8")
        code, _, err = check([f])
        assert code == 65, err
        assert "'EDT_Nom'" not in err  # a control of the window: a known name
        assert f"{f}:18:15: error[WL101]: 'sNomm' is not declared; did you mean sNom? " \
               f"(in BTN_OK)" in err  # the control whose code it is


def test_window_blocks_know_the_data_files_of_the_analysis_beside_them(tmp_path: Path) -> None:
    f = tmp_path / "FEN_Client.wdw"
    f.write_text(WINDOW.replace("Trace(sNomm)", "Trace(Customer.Name)"), encoding="utf-8")
    code, _, err = check([f])
    assert code == 65 and "'Customer' is not declared" in err  # no analysis, no H* call
    shop = Path(__file__).resolve().parents[2] / "samples" / "orders" / "shop.xdd"
    (tmp_path / "shop.xdd").write_bytes(shop.read_bytes())
    code, _, err = check([f])
    assert code == 0, err


def test_operand_errors_in_json_with_their_kind_and_span(tmp_path: Path) -> None:
    operands = tmp_path / "operands.wl"  # alone: beside it in tests/diagnostics it needs
    # count_of_a_structure.wl, whose globals a and s it declares again (WL105, as the run)
    operands.write_bytes((HERE.parent / "diagnostics" / "operands.wl").read_bytes())
    code, out, _ = check([operands], format="json")
    doc = json.loads(out)
    jsonschema.validate(doc, JSON_SCHEMA)
    first = doc["diagnostics"][0]
    assert code == 65 and (first["code"], first["kind"]) == ("WL113", "invalid-operand")
    assert (first["line"], first["column"], first["end_column"]) == (10, 7, 8)
    assert first["hint"] == "did you mean p.x?"
    doc["diagnostics"][0]["code"] = "WL999"  # the schema knows every code there is
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, JSON_SCHEMA)


def test_a_folder_without_code_says_nothing_was_checked(tmp_path: Path) -> None:
    """`wl check src` on a folder with no code file (a typo, the wrong folder) printed
    nothing at all and exited 0: read as "all clean". It still exits 0 (nothing is
    wrong in what it was given), and says that nothing was checked."""
    (tmp_path / "notes.txt").write_text("Trace(1)\n", encoding="utf-8")
    code, out, err = check([tmp_path])
    assert (code, out) == (0, "")
    assert err == (f"wl check: no code file under {tmp_path} (.wl files and WINDEV text "
                   f"files are checked): nothing was checked\n")
    (tmp_path / "a.wl").write_text("Trace(1)\n", encoding="utf-8")
    assert check([tmp_path]) == (0, "", "")  # a clean file: silence, as before


def test_a_file_named_twice_is_checked_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                            ) -> None:
    """`wl check a.wl ./a.wl`, or a folder and a file inside it, reported the file's errors
    once per naming and counted them so ("3 error(s)" for one): a file is checked once,
    under the first name given, as `wl test` collects a file once."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.wl").write_text("Trace(y)\n", encoding="utf-8")
    (tmp_path / "src" / "b.wl").write_text("Trace(z)\n", encoding="utf-8")
    code, out, err = check([Path("src/a.wl"), Path("./src/a.wl"), tmp_path / "src" / "a.wl",
                            Path("src")], format="json")
    assert code == 65
    files = [d["file"] for d in json.loads(out)["diagnostics"]]
    assert files == ["src/a.wl", "src/b.wl"], out
    assert json.loads(out)["summary"]["errors"] == 2, out
