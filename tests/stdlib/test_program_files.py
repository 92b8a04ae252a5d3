"""Program and Files families: command line, EndProgram, pauses, text files."""
from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError
from wlinterp.registry import load_stdlib
from wlinterp.runtime.state import Runtime

REG = load_stdlib()


def call(name: str, *args: object, rt: Runtime | None = None) -> object:
    return REG.functions[name].call(rt or Runtime(stdout=io.StringIO()), *args)


def test_command_line_whole_and_named() -> None:
    rt = Runtime(args=["/name=Anne", "-verbose", "two words"])
    assert call("commandline", rt=rt) == "/name=Anne -verbose 'two words'"
    assert call("lignecommande", "NAME", rt=rt) == "Anne"
    assert call("commandline", "verbose", rt=rt) == "1"
    assert call("commandline", "missing", rt=rt) == ""


def test_end_program_sets_exit_code_and_stops() -> None:
    out = io.StringIO()
    rt = run_source('Trace("a")\nFinProgramme(4)\nTrace("b")\n', stdout=out)
    assert (out.getvalue(), rt.exit_code) == ("a\n", 4)


def test_multitask_pauses_in_hundredths() -> None:
    t0 = time.perf_counter()
    call("multitache", 5)
    assert time.perf_counter() - t0 >= 0.045
    with pytest.raises(WLRuntimeError):
        call("multitask", 10_000_000)


def test_text_files_round_trip_and_errors(tmp_path: Path) -> None:
    rt = Runtime(stdout=io.StringIO())
    f = str(tmp_path / "t.txt")
    assert call("fsauvetexte", f, "Quantité\r\n2", rt=rt) is True
    assert call("ffichierexiste", f) is True
    assert call("fchargetexte", f, rt=rt) == "Quantité\r\n2"
    assert call("fsupprime", f, rt=rt) is True and not rt.error_occurred
    assert call("fsupprime", f, rt=rt) is False and rt.error_occurred
    assert call("fLoadText".lower(), f, rt=rt) == "" and "cannot read" in rt.error_message


def test_exe_dir_is_the_script_folder(tmp_path: Path) -> None:
    rt = Runtime(filename=str(tmp_path / "s.wl"))
    assert call("frepexe", rt=rt) == str(tmp_path)


def test_save_text_of_utf8_bytes_is_not_encoded_twice(tmp_path: Path) -> None:
    f = str(tmp_path / "u.txt")
    utf8 = call("chaineversutf8", "é€")
    call("fsavetext", f, utf8)
    assert Path(f).read_bytes() == "é€".encode("utf-8")
    call("fsavetext", f, "é")
    assert Path(f).read_bytes() == "é".encode("utf-8")
