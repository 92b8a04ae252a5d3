"""Ctrl-C or SIGTERM (a CI job's timeout) during `wl test`: the report of the cases that
ran, the case that was running, exit 130 / 143 (docs/testing.md). Before, Ctrl-C printed
"wl: interrupted" alone, SIGTERM killed the run without a word, and with `-n 2` the
workers of a case looping for ever went on for ever after the run was gone."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

SLOW = """PROCEDURE test_fast()
Trace("fast")
PROCEDURE test_slow()
LOOP
END
PROCEDURE test_after()
Trace("after")
"""
QUICK = "PROCEDURE test_one()\nTrace(1)\n"


def _start(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("WL_DEBUG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "wlinterp", "test", "-v", *args], cwd=tmp_path, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _stop_after(proc: subprocess.Popen[str], line: str, sig: int) -> tuple[str, str]:
    """Read the report up to `line` (that case is over), send `sig`, and the rest."""
    assert proc.stdout is not None and proc.stderr is not None
    seen = []
    for got in proc.stdout:
        seen.append(got)
        if got.startswith(line):
            break
    else:
        pytest.fail(f"the run ended before {line!r}: {''.join(seen)}{proc.stderr.read()}")
    proc.send_signal(sig)
    try:
        out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("the run did not end after the signal")
    return "".join(seen) + out, err


@pytest.mark.parametrize("sig, code, how", [(signal.SIGINT, 130, "interrupted (Ctrl-C)"),
                                            (signal.SIGTERM, 143, "terminated (SIGTERM)")])
def test_the_cases_that_ran_are_reported(tmp_path, sig, code, how):
    (tmp_path / "test_slow.wl").write_text(SLOW, encoding="utf-8")
    proc = _start(tmp_path, "--junitxml", "report.xml", "test_slow.wl")
    out, err = _stop_after(proc, "test_slow.wl::test_fast PASSED", sig)
    assert proc.returncode == code, (out, err)
    assert out.splitlines()[-1].startswith("1 passed, 0 failed, 2 not run in "), out
    assert err == f"wl test: {how} while test_slow.wl::test_slow ran\n", err
    xml = (tmp_path / "report.xml").read_text(encoding="utf-8")
    assert 'tests="1"' in xml and 'name="test_fast"' in xml, xml


def test_workers_are_stopped_with_the_run(tmp_path):
    """With -n 2, a worker looping in a case is stopped with the run: the run ends."""
    for name in ("test_s1.wl", "test_s2.wl"):
        (tmp_path / name).write_text(SLOW, encoding="utf-8")
    (tmp_path / "test_q.wl").write_text(QUICK, encoding="utf-8")
    proc = _start(tmp_path, "-n", "2", ".")
    out, err = _stop_after(proc, "test_q.wl::test_one PASSED", signal.SIGTERM)
    assert proc.returncode == 143, (out, err)
    assert out.splitlines()[-1].startswith("1 passed, 0 failed, 6 not run in "), out
    assert err == "wl test: terminated (SIGTERM)\n", err
