"""A stop (`--timeout`, Ctrl-C, SIGTERM) landing at any instruction of the SQLite
progress handler's loop is kept: the query is aborted, its H* call raises the stop, and
the connection's next query runs. The loop sat outside the handler's `try`: a stop
landing on its jump back escaped into sqlite3, which dropped it, and the handler, over,
aborted every later query (wlinterp/hfsql/sqlite_stop.py `_steps`).

A tracer raises the stop at one instruction of the handler (progress_stop_traced.py).
Each case runs in a fresh interpreter with a time limit: inside a worker that had run
other tests, the traced query ran on for many minutes (twice, in whole-suite runs)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

CHILD = Path(__file__).with_name("progress_stop_traced.py")


def _child(*args: str) -> Any:
    """What the child prints for `args`, as JSON; it must end within two minutes."""
    done = subprocess.run([sys.executable, str(CHILD), *args], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


LOOP = _child("offsets")


def test_the_loop_is_seen_whole() -> None:
    """The offsets are those of the whole loop: a call, a yield and a jump back (the
    resume after the yield is no instruction a tracer sees, and a tracer raising as the
    generator resumes leaves it without its handlers, where a signal's handler raises at
    the resume, inside the `try`)."""
    assert {"CALL", "YIELD_VALUE", "JUMP_BACKWARD"} <= {name for _, name in LOOP}, LOOP


@pytest.mark.parametrize("offset", [offset for offset, _ in LOOP])
def test_a_stop_at_any_instruction_of_the_loop_is_kept(offset: int) -> None:
    seen = _child("stop", str(offset))
    assert seen["unstopped"] == 100000  # an unstopped query ends
    assert seen["fired"] == [offset]
    assert "interrupted" in str(seen["stopped_query"]), seen  # the query was aborted
    assert seen["raised"] == "Stop", seen  # its H* call raises the stop...
    assert seen["raised_again"] == "", seen  # ...once
    assert seen["next"] == 100000  # and the connection's next query runs


@pytest.mark.parametrize("offset", [offset for offset, _ in LOOP])
def test_a_second_stop_while_the_first_is_kept_leaves_the_connection_working(
        offset: int) -> None:
    """Two stops in quick succession (Ctrl-C twice, the time limit then Ctrl-C): the
    second one, landing while the handler kept the first, ended the handler's generator,
    and every later query of the connection was aborted ("interrupted")."""
    seen = _child("twice", str(offset))
    assert seen["fired"] == 2, seen
    assert "interrupted" in str(seen["stopped_query"]), seen
    assert seen["raised"] == "Stop", seen  # the first stop is kept and raised
    assert seen["next"] == [100000, 100000], seen  # later queries run
