"""ExceptionInfo(errFullDetails) and ErrorInfo(errFullDetails) under a project run
(`wl run FILE` links the folder's files into one combined source): their "Position:"
names the file and line that hold the failure, never the combined source's virtual name."""
from __future__ import annotations

import io
from pathlib import Path

import wlinterp


def run(path: Path) -> list[str]:
    out = io.StringIO()
    wlinterp.run_file(str(path), stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


def positions(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("Position: ")]


def test_exception_details_name_the_file_of_a_project_run(tmp_path: Path) -> None:
    (tmp_path / "lib.wl").write_text("PROCEDURE Fail()\n\tExceptionThrow(5, \"boom\")\n",
                                     encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text("WHEN EXCEPTION IN\n\tFail()\nDO\n"
                      "\tTrace(ExceptionInfo(errFullDetails))\nEND\n", encoding="utf-8")
    assert positions(run(script)) == [f"Position: {tmp_path / 'lib.wl'}:2:2"]


def test_french_names_and_a_failure_in_the_script_itself(tmp_path: Path) -> None:
    (tmp_path / "autre.wl").write_text("PROCEDURE Rien()\n", encoding="utf-8")
    script = tmp_path / "principal.wl"
    script.write_text("// une ligne\nQUAND EXCEPTION DANS\n\tx est un entier = 1 / 0\nFAIRE\n"
                      "\tTrace(ExceptionInfo(errComplet))\nFIN\n", encoding="utf-8")
    where = positions(run(script))
    assert len(where) == 1 and where[0].startswith(f"Position: {script}:3:")


def test_error_details_name_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "lib.wl").write_text("PROCEDURE Rien()\n", encoding="utf-8")
    script = tmp_path / "main.wl"
    missing = tmp_path / "absent.txt"
    script.write_text(f"s is string = fLoadText(\"{missing}\")\n"
                      "Trace(ErrorInfo(errFullDetails))\n"
                      "Trace(ErreurInfo(errComplet))\n", encoding="utf-8")
    assert positions(run(script)) == [f"Position: {script}:1"] * 2


def test_code_run_by_execute_code_keeps_its_own_name(tmp_path: Path) -> None:
    """Only the combined source is mapped: ExecuteCode's lines are its own."""
    (tmp_path / "lib.wl").write_text("PROCEDURE Rien()\n", encoding="utf-8")
    script = tmp_path / "main.wl"
    script.write_text("// one\nWHEN EXCEPTION IN\n"
                      "\tExecuteCode(\"x is int = 1\" + CR + \"ExceptionThrow(9)\")\n"
                      "DO\n\tTrace(ExceptionInfo(errFullDetails))\nEND\n", encoding="utf-8")
    assert positions(run(script)) == ["Position: <ExecuteCode>:2:1"]
