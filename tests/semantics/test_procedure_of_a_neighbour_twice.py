"""A procedure that another file of the project (a file of a marked project, or a library
beside the script that the script needs for another name, docs/cli.md "Which files a run
loads") also declares with the same parameters: `wl check SCRIPT` says WL105 naming the
other declaration, as `wl run SCRIPT` refuses it (it accepted what the run refused).
Other parameters make another syntax in both (?1514063); a conftest's procedure replaces
the project's (a mock) in both, and its unused parameters are no WL202 (its prototype is
the project's); another script is not loaded, so it never clashes."""
from __future__ import annotations

import io
import json
import os
import pathlib

import pytest

from wlinterp.check import CheckOptions, check_paths
from wlinterp.cli import main

_SCRIPT = "Trace(Twice(2), Other())\nPROCEDURE Twice(n)\nRESULT 2 * n\n"
_LIB = "PROCEDURE twice(x)\nRESULT x + x\nPROCEDURE Other()\nRESULT 1\n"


def _check(path: pathlib.Path, codes: str = "WL1") -> list[tuple[str, int, str]]:
    out = io.StringIO()
    check_paths([str(path)], err=io.StringIO(), out=out, options=CheckOptions(format="json"))
    return [(d["code"], d["line"], d["message"])
            for d in json.loads(out.getvalue())["diagnostics"] if d["code"].startswith(codes)]


def _run(path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["run", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("marked", [False, True], ids=["needed neighbour", "project"])
def test_check_and_run_refuse_it_alike(tmp_path: pathlib.Path, marked: bool,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    if marked:
        (tmp_path / "wlproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "lib.wl").write_text(_LIB, encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text(_SCRIPT, encoding="utf-8")
    message = f"the procedure 'Twice' is declared twice (first declared at {tmp_path}"
    found = _check(script)
    assert [(c, line) for c, line, _ in found] == [("WL105", 2)]
    assert found[0][2].startswith(message) and found[0][2].endswith("lib.wl:1)")
    code, out, err = _run(script, capsys)
    assert (code, out) == (65, "") and found[0][2] in err


def test_other_parameters_are_another_syntax_in_both(
        tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "lib.wl").write_text(_LIB, encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text("Trace(Twice(2), Twice(1, 2), Other())\nPROCEDURE Twice(n, m)\n"
                      "RESULT n + m\n", encoding="utf-8")
    assert _check(script) == []
    assert _run(script, capsys)[:2] == (0, "4, 3, 1\n")


def test_a_conftest_mock_and_another_script_never_clash(
        tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "wlproject.toml").write_text("", encoding="utf-8")  # (every file loads)
    (tmp_path / "lib.wl").write_text("PROCEDURE Price(n)\nRESULT n * 2\n", encoding="utf-8")
    (tmp_path / "conftest.wl").write_text("PROCEDURE Price(n)\nRESULT 1\n", encoding="utf-8")
    (tmp_path / "other.wl").write_text('Trace(Twice(1))\nPROCEDURE Twice(n)\nRESULT n\n',
                                       encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text("Trace(Price(5), Twice(2))\n" + _SCRIPT.split("\n", 1)[1],
                      encoding="utf-8")
    assert _check(tmp_path, "WL") == []  # (nor WL202 at the mock's parameter: imposed)
    assert _run(script, capsys)[:2] == (0, "10, 4\n")


_TWO_LIBRARIES = {
    "en": ("ST is Structure\n  n is int\nEND\nPROCEDURE Twice(x)\nRESULT x + x\n",
           "// b\nST is Structure\n  n is int\nEND\nPROCEDURE Twice(n)\nRESULT 2 * n\n",
           "Trace(Twice(2))\n"),
    "fr": ("ST est une Structure\n  n est un entier\nFIN\nPROCÉDURE Twice(x)\nRENVOYER x + x\n",
           "// b\nST est une Structure\n  n est un entier\nFIN\nPROCEDURE Twice(n)\n"
           "RENVOYER 2 * n\n", "Trace(Twice(2))\n"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_in_a_project_check_each_file_names_the_other_rightly(
        tmp_path: pathlib.Path, language: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Two libraries of a project declare one procedure and one structure: `wl run` loads
    alib.wl first, so blib.wl's declarations are the second ones. Each file's WL105 names
    the other, as what it is: alib.wl's said "first declared at blib.wl" too."""
    (tmp_path / "wlproject.toml").write_text("", encoding="utf-8")
    first, second, script = _TWO_LIBRARIES[language]
    (tmp_path / "alib.wl").write_text(first, encoding="utf-8")
    (tmp_path / "blib.wl").write_text(second, encoding="utf-8")
    (tmp_path / "main.wl").write_text(script, encoding="utf-8")
    out = io.StringIO()
    check_paths([str(tmp_path)], err=io.StringIO(), out=out, options=CheckOptions(format="json"))
    found = sorted((pathlib.Path(d["file"]).name, d["line"],
                    d["message"].split(" (")[1].replace(f"{tmp_path}{os.sep}", ""))
                   for d in json.loads(out.getvalue())["diagnostics"])
    assert found == [("alib.wl", 1, "declared again at blib.wl:2)"),
                     ("alib.wl", 4, "declared again at blib.wl:5)"),
                     ("blib.wl", 2, "first declared at alib.wl:1)"),
                     ("blib.wl", 5, "first declared at alib.wl:4)")]
    code, _, err = _run(tmp_path / "main.wl", capsys)
    assert code == 65 and "blib.wl:2:1: error:" in err  # (the run: the second, as checked)
    assert f"first declared at {tmp_path / 'alib.wl'}:1)" in err
