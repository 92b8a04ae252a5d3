"""Ctrl-C or SIGTERM (a CI job's timeout) during `wl test`: the report of the cases that
ran, the case that was running, exit 130 / 143 (docs/testing.md). Before, Ctrl-C printed
"wl: interrupted" alone, SIGTERM killed the run without a word, and with `-n 2` the
workers of a case looping for ever went on for ever after the run was gone."""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
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


def _stop_after_all(proc: subprocess.Popen[str], lines: set[str], sig: int,
                    bound: float = 120) -> tuple[str, str]:
    """Read the report until every one of `lines` is in it (read by a thread, waited for
    at most `bound` seconds: a report that never shows them fails, it does not hang),
    send `sig`, and the rest."""
    assert proc.stdout is not None
    got: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            got.put(line)
        got.put(None)
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    seen: list[str] = []
    waiting = set(lines)
    try:
        while waiting:
            line = got.get(timeout=bound)
            if line is None:
                pytest.fail(f"the run ended before {waiting}: {''.join(seen)}")
            seen.append(line)
            waiting = {w for w in waiting if not line.startswith(w)}
    except queue.Empty:
        proc.kill()
        proc.communicate()
        pytest.fail(f"no {waiting} in the report: {''.join(seen)}")
    proc.send_signal(sig)
    try:
        proc.wait(timeout=120)  # (its stdout is the thread's: no communicate())
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("the run did not end after the signal")
    reader.join(timeout=120)
    err = proc.stderr.read()  # type: ignore[union-attr]
    while (line := got.get_nowait() if not got.empty() else None) is not None:
        seen.append(line)
    return "".join(seen), err


def test_workers_are_stopped_with_the_run(tmp_path):
    """With -n 2, a worker looping in a case is stopped with the run: the run ends. The
    cases that ran before, in the files the workers were running, are reported (they
    were lost with the workers: "1 passed, 0 failed, 6 not run")."""
    for name in ("test_s1.wl", "test_s2.wl"):
        (tmp_path / name).write_text(SLOW, encoding="utf-8")
    (tmp_path / "test_q.wl").write_text(QUICK, encoding="utf-8")
    proc = _start(tmp_path, "-n", "2", "--junitxml", "report.xml", ".")
    out, err = _stop_after_all(proc, {"test_q.wl::test_one PASSED",
                                      "test_s1.wl::test_fast PASSED",
                                      "test_s2.wl::test_fast PASSED"}, signal.SIGTERM)
    assert proc.returncode == 143, (out, err)
    assert out.splitlines()[-1].startswith("3 passed, 0 failed, 4 not run in "), out
    assert err == "wl test: terminated (SIGTERM)\n", err
    xml = (tmp_path / "report.xml").read_text(encoding="utf-8")
    assert 'tests="3"' in xml and xml.count('name="test_fast"') == 2, xml


def test_a_stop_during_a_file_keeps_its_cases_that_ran(tmp_path):
    """Ctrl-C while each worker is inside a file: the file's cases that had ended."""
    for name in ("test_a.wl", "test_b.wl"):
        (tmp_path / name).write_text(SLOW, encoding="utf-8")
    proc = _start(tmp_path, "-n", "2", ".")
    out, err = _stop_after_all(proc, {"test_a.wl::test_fast PASSED",
                                      "test_b.wl::test_fast PASSED"}, signal.SIGINT)
    assert proc.returncode == 130, (out, err)
    assert out.splitlines()[-1].startswith("2 passed, 0 failed, 4 not run in "), out
    assert err == "wl test: interrupted (Ctrl-C)\n", err


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
        return [int(x) for x in f.read().split()]


def _gone(pid: int) -> bool:
    """Ended (no such process, or a zombie no one reaped)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            return any(line.startswith("State:") and "Z" in line for line in f)
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="reads Linux's /proc")
def test_workers_end_when_the_run_is_killed(tmp_path):
    """SIGKILL (`timeout -s KILL`): the run cannot stop its workers; each ends by itself
    once its parent is gone (one looping in a case went on for ever)."""
    for name in ("test_a.wl", "test_b.wl"):
        (tmp_path / name).write_text(SLOW, encoding="utf-8")
    proc = _start(tmp_path, "-n", "2", ".")
    assert proc.stdout is not None
    seen = 0
    for line in proc.stdout:
        seen += "::test_fast PASSED" in line
        if seen == 2:
            break
    workers = _children(proc.pid)
    assert len(workers) >= 2, workers
    proc.kill()
    proc.wait(timeout=60)
    for _ in range(240):  # (at most 60 s: each worker looks at its parent twice a second)
        if all(_gone(w) for w in workers):
            break
        time.sleep(0.25)
    left = [w for w in workers if not _gone(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert left == []
