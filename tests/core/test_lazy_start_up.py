"""What a one-line `wl run` does without: tempfile, base64, struct, select, ctypes (imported when a thread starts,
runtime/thread_gate.py prepare_raise) and the regular expressions of rare forms, compiled
on first use (wlinterp/lazy_regex.py; docs/performance.md "Start-up")."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from wlinterp.lazy_regex import lazy_compile

# A whole one-line run in a fresh process: is ctypes loaded, how many patterns were
# compiled, and has the duration-literal pattern (the lexer's, lazy) been compiled?
_PROBE = """
import re, sys
compiled = []
original = re._compile
def counting(pattern, flags):
    if not isinstance(pattern, re.Pattern) and (type(pattern), pattern, flags) not in re._cache:
        compiled.append(pattern)
    return original(pattern, flags)
re._compile = counting
from wlinterp.cli import main
code = main(["run", sys.argv[1]])
from wlinterp.syntax import token_patterns
print("ctypes" in sys.modules, len(compiled), "match" in vars(token_patterns.DURATION_RE),
      "tempfile" in sys.modules, code, "datetime" in sys.modules,
      ",".join(m for m in ("base64", "struct", "select") if m in sys.modules) or "-")
"""


def test_a_lazy_pattern_is_compiled_at_its_first_use_and_behaves_as_one() -> None:
    pattern = lazy_compile(r"(\d+)\s*(ms|s)\b", re.IGNORECASE)
    assert "match" not in vars(pattern)  # nothing compiled yet
    found = pattern.match("15 MS later")
    assert found is not None and found.groups() == ("15", "MS")
    assert "match" in vars(pattern)  # kept: later calls go straight to the pattern
    assert pattern.sub("<\\2>", "3 s, 4 ms") == "<s>, <ms>"
    assert [m.group(1) for m in pattern.finditer("1 s 22 ms")] == ["1", "22"]
    assert pattern.pattern == r"(\d+)\s*(ms|s)\b" and pattern.flags & re.IGNORECASE
    assert lazy_compile(rb"\xc3[\x80-\xbf]").search(b"a\xc3\xa9") is not None


def _probe(tmp_path: Path, source: str) -> tuple[str, ...]:
    """The probe's findings for a `wl run` of `source` (the second run: the first may
    (re)build the caches, and so imports every family)."""
    script = tmp_path / "one.wl"
    script.write_text(source, encoding="utf-8")
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-c", _PROBE, str(script)], capture_output=True,
                              text=True, timeout=120)
    return tuple(proc.stdout.split()[-7:])


def test_a_one_line_run_loads_no_ctypes_and_compiles_few_patterns(tmp_path: Path) -> None:
    found = _probe(tmp_path, 'Trace("ok")\n')
    ctypes_loaded, patterns, duration_compiled, tempfile_loaded, code, _, more = found
    assert (ctypes_loaded, duration_compiled, code) == ("False", "False", "0"), found
    # tempfile (shutil, random, bz2, lzma: 3% of the run) only for the project search's
    # stop at the temporary folder (project/sources.py _temp_folder)
    assert tempfile_loaded == "False", found
    assert int(patterns) <= 20, found  # about sixty before the patterns were lazy
    # base64 (a buffer written to JSON or XML), struct (a 4-byte real), select (a
    # script read from a named pipe): each imported where it serves
    assert more == "-", found


def test_numbers_compile_no_duration_pattern_unless_a_unit_may_follow(tmp_path: Path) -> None:
    # (syntax/token_patterns.py duration_may_follow)
    found = _probe(tmp_path, "n is int = 12 + 3 * 4\nTrace(n , 1.5 , [10, 20][2], n*2)\n")
    assert (found[2], found[4]) == ("False", "0"), found
    # datetime is imported where a date is made (runtime/types.py today_text...): a run
    # of numbers and text does without it
    assert found[5] == "False", found
    found = _probe(tmp_path, "d is Duration = 1 h\nTrace(d..InMinutes)\n")
    assert (found[2], found[4]) == ("True", "0"), found


def test_datetime_is_imported_when_a_date_is_made(tmp_path: Path) -> None:
    found = _probe(tmp_path, 'd is Date = "20240131"\nTrace(d + 1)\n')
    assert (found[4], found[5]) == ("0", "True"), found
