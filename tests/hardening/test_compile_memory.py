"""A very long procedure or main code is weighed against --max-memory before Python
compiles it (docs/security.md, "memory of the run"); a main code of many statements
is compiled part by part (compiler/main_chunks.py).

Python's compile() holds about 120 bytes per character of the generated code at its
peak, and no WLanguage code runs inside it for the sampling check to stop: a `.wdg`
procedure of a million lines took a run to 10 GB and six minutes. Now the main code is
refused before it runs ("the program is too large to compile", at its first line, exit
65) and a procedure at its first call (the catchable "Not enough memory", exit 1).
"""
from __future__ import annotations

import os

import pytest

LINES = 8000  # ~630 KB of generated Python: ~90 MB to compile, past a 100 MB cap
MAIN = "// counted\nn is int\n" + "n++\n" * LINES + "Trace(n)\n"
# one statement of LINES lines: the main code's parts (compiler/main_chunks.py) are cut
# between top-level statements only, so this one is compiled whole
BLOCK = "// counted\nn is int\nIF n = 0 THEN\n" + "    n++\n" * LINES + "END\nTrace(n)\n"
PROCEDURE = ("WHEN EXCEPTION IN\n    Trace(Long())\nDO\n    Trace(\"caught: \" + ExceptionInfo())\n"
             "END\nTrace(\"still running\")\n"
             "PROCEDURE Long()\nn is int\n" + "n++\n" * LINES + "RESULT n\n")
LINUX = pytest.mark.skipif(not os.path.exists("/proc/self/statm"),
                           reason="memory is read on Linux")


@LINUX
def test_long_main_code_is_refused_before_it_runs(wl_cli, script):
    ran = wl_cli("run", "--max-memory", "100M", script(BLOCK, "long.wl"), timeout=120)
    assert ran.code == 65, ran
    assert ran.out == "", ran
    head = ran.err.splitlines()[0]
    # the part holding the IF: its `def`, `global g_n`, the IF, its lines, `return True`
    assert head.startswith("long.wl:2:1: error: the program is too large to compile: "
                           f"compiling its {LINES + 4:,} lines would take about "), ran
    assert "at most 100 MB; see --max-memory)" in head, ran
    assert "Traceback" not in ran.err


@LINUX
def test_a_long_procedure_is_refused_at_its_first_call_catchably(wl_cli, script):
    ran = wl_cli("run", "--max-memory", "100M", script(PROCEDURE, "proc.wl"), timeout=120)
    assert ran.code == 0, ran
    caught, going_on = ran.out.splitlines()
    assert caught.startswith("caught: Not enough memory: compiling its "), ran
    assert "at most 100 MB; see --max-memory" in caught, ran
    assert going_on == "still running", ran


@LINUX
def test_long_main_code_of_many_statements_runs_part_by_part(wl_cli, script):
    """8,000 statements: parts of about 1,000 lines, each compiled on its own, fit in
    100 MB (it was refused: the whole main code was one compile())."""
    ran = wl_cli("run", "--max-memory", "100M", script(MAIN, "long.wl"), timeout=120)
    assert (ran.code, ran.out, ran.err) == (0, f"{LINES}\n", ""), ran


def test_the_same_code_runs_under_the_default_limit(wl_cli, script):
    """The refusal is the limit's, not the size's: without --max-memory both run."""
    for main in (MAIN, BLOCK):
        ran = wl_cli("run", script(main, "long.wl"), timeout=120)
        assert (ran.code, ran.out, ran.err) == (0, f"{LINES}\n", ""), ran
    ran = wl_cli("run", script(PROCEDURE, "proc.wl"), timeout=120)
    assert (ran.code, ran.out) == (0, f"{LINES}\nstill running\n"), ran
