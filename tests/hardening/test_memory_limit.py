"""--max-memory: many values, each within the string and array limits, cannot fill the
machine; past the limit the run gets a catchable WLanguage error (docs/security.md)."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from wlinterp.runtime.limits import MIN_MEMORY, default_max_memory

GROW = """a is array of string
i is int
WHEN EXCEPTION IN
    LOOP
        i++
        Add(a, Repeat("x", 10000000) + i)
    END
DO
    Trace("caught: " + ExceptionInfo())
END
ArrayDeleteAll(a)
Trace("still running")
LOOP
    Add(a, Repeat("y", 10000000) + i)
END
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="memory is read on Linux")
def test_past_the_limit_is_a_catchable_error_then_an_uncaught_one(wl_cli, script):
    """Ten-million-character strings added one by one (each far within --max-string,
    the array far within --max-array): caught once, the array freed, the run goes on;
    uncaught, it stops at its line with a caret."""
    ran = wl_cli("run", "--max-memory", "250M", script(GROW, "grow.wl"), timeout=60)
    assert ran.code == 1, ran
    caught, going_on = ran.out.splitlines()
    # (a join is weighed before it is built: "a string of N characters would take the
    # run past 250 MB"; the sampling's "the run holds N MB (at most 250 MB" otherwise)
    assert caught.startswith("caught: Not enough memory: "), ran
    assert re.search(r" (past|at most) 250 MB[ ;]", caught) and "--max-memory" in caught, ran
    assert going_on == "still running", ran
    # the sampling finds the run past its limit at the loop's line or its body's: both
    # lines of the uncaught loop (13:1 seen on a loaded machine)
    assert re.search(r"grow\.wl:1[34]:\d+: error: Not enough memory", ran.err), ran
    assert "^" in ran.err, ran


@pytest.mark.parametrize("value", ["3M", "x", "0", "2000G"])
def test_bad_memory_limits_are_usage_errors(wl_cli, script, value):
    ran = wl_cli("run", "--max-memory", value, script('Trace("x")'))
    assert ran.code == 2 and "--max-memory" in ran.err and ran.out == "", ran


def test_the_default_is_half_the_machine_at_most_8_gib():
    assert MIN_MEMORY <= default_max_memory() <= 8 << 30
    physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    assert default_max_memory() == max(MIN_MEMORY, min(physical // 2, 8 << 30))


DOUBLE_EN = """s is string = "x"
t is string
WHEN EXCEPTION IN
    LOOP
        t = s + s
        s = t
    END
DO
    Trace("caught at " + Length(s) + ": " + ExceptionInfo())
END
LOOP
    s = s + s
END
"""

DOUBLE_FR = """s est une chaîne = "x"
t est une chaîne
QUAND EXCEPTION DANS
    BOUCLE
        t = s + s
        s = t
    FIN
FAIRE
    Trace("interceptée à " + Taille(s) + " : " + ExceptionInfo())
FIN
BOUCLE
    s += s
FIN
"""

_PEAK = """import resource, subprocess, sys
proc = subprocess.run([sys.executable, "-m", "wlinterp", *sys.argv[1:]], capture_output=True)
sys.stdout.buffer.write(proc.stdout + proc.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="memory is read on Linux")
@pytest.mark.parametrize("source, caught", [(DOUBLE_EN, "caught at "), (DOUBLE_FR, "interceptée à ")])
def test_a_doubling_string_is_refused_before_it_passes_the_cap(tmp_path, script, source, caught):
    """`s = s + s` (a copy: the old string and the new one live together) doubles past
    the cap between two samplings: it is weighed before it is built, so the run never
    holds more than the cap, and the error points at the line that grows it, not at
    LOOP (the caught one and the uncaught one; `t = s + s` into another variable too)."""
    path = script(source, "double.wl")
    wrapper = tmp_path / "peak.py"
    wrapper.write_text(_PEAK)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    ran = subprocess.run([sys.executable, str(wrapper), "run", "--max-memory", "200M", path],
                         capture_output=True, env=env, timeout=120)
    *err, peak = ran.stdout.decode().splitlines()
    assert int(peak) <= 200 << 20, (peak, err)  # the run's highest resident size
    text = "\n".join(err)
    assert ran.returncode == 0 and err[0].startswith(caught), text  # (the wrapper's)
    length = int(err[0][len(caught):].split()[0].rstrip(":"))  # s kept its length: the doubling failed
    assert length & (length - 1) == 0, text
    assert f"Not enough memory: a string of {2 * length:,} characters" in err[0], text
    assert re.search(r"double\.wl:12:5: error: Not enough memory: a string of [\d,]+ "
                     r"characters would take the run past 200 MB \(it holds [\d,]+ MB; "
                     r"see --max-memory\)\.", text), text
    assert re.search(r"\n +s (= s \+|\+=) s\n +\^", text), text


JOIN_EN = """s is string = Repeat("x", 60000000)
t, u, v are strings
WHEN EXCEPTION IN
    t = s + "y"
    u = t + 1
    v = 2 + u
    Trace("all three built")
DO
    Trace("caught: " + ExceptionInfo())
END
"""

JOIN_FR = """s est une chaîne = Répète("x", 60000000)
t, u, v sont des chaînes
QUAND EXCEPTION DANS
    t = s + "y"
    u = t + 1
    v = 2 + u
    Trace("les trois construites")
FAIRE
    Trace("interceptée : " + ExceptionInfo())
FIN
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="memory is read on Linux")
@pytest.mark.parametrize("source, caught", [(JOIN_EN, "caught: "), (JOIN_FR, "interceptée : ")])
def test_a_join_with_a_short_piece_is_weighed_at_the_cap(tmp_path, script, source, caught):
    """`t = s + "y"`, `u = t + 1`, `v = 2 + u`: each copies a 60-million-character string
    to add one character. A number or a short literal on one side was left to the
    sampling check, which three fast copies outran: capped at 200 MB, the run reached
    251 MB without an error. Now the long side is measured: the copy that would pass the
    cap is refused before it is built, a catchable error."""
    path = script(source, "join.wl")
    wrapper = tmp_path / "peak.py"
    wrapper.write_text(_PEAK)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    ran = subprocess.run([sys.executable, str(wrapper), "run", "--max-memory", "200M", path],
                         capture_output=True, env=env, timeout=120)
    *out, peak = ran.stdout.decode().splitlines()
    assert int(peak) <= 200 << 20, (peak, out)  # the run's highest resident size
    assert ran.returncode == 0 and len(out) == 1, out
    assert re.fullmatch(re.escape(caught) + r"Not enough memory: a string of 60,000,00[123] "
                        r"characters would take the run past 200 MB \(it holds [\d,]+ MB; "
                        r"see --max-memory\)\.", out[0]), out
