"""fOpen / fOuvre with foRead on a named pipe that no program writes (stdlib/pipe_streams.py):
the open waited for a writer inside one C call, so ThreadStop, the end of the run and a
thread's error never reached a thread (or main code) waiting there. The read end is now
opened at once and each read waits in slices: a thread left waiting when the main code
ends is stopped with the "still waited" warning and ThreadStop stops it (a writer coming
after fOpen returned: tests/stdlib/test_fopen_named_pipe.py). Each run ends by itself."""
from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest

from wlinterp.engine import run_source

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")

LEFT_EN = '''ThreadExecute("reader", threadNormal, Reader)
ThreadPause(20)
Trace("main code over")

PROCEDURE Reader()
h is int = fOpen("{p}", foRead)
Trace("opened", h > 0)
s is string = fReadLine(h)
Trace("never", s)
'''
LEFT_FR = '''ThreadExécute("lecteur", threadNormal, Lecteur)
ThreadPause(20)
Trace("fin du code principal")

PROCÉDURE Lecteur()
h est un entier = fOuvre("{p}", foLecture)
Trace("ouvert", h > 0)
s est une chaîne = fLitLigne(h)
Trace("jamais", s)
'''


def _run(source: str) -> tuple[list[str], str, float]:
    out, err = io.StringIO(), io.StringIO()
    start = time.monotonic()
    run_source(source, stdout=out, stderr=err)
    return out.getvalue().splitlines(), err.getvalue(), time.monotonic() - start


@pytest.mark.parametrize(("source", "words"), [
    (LEFT_EN, ["opened, 1", "main code over"]),
    (LEFT_FR, ["ouvert, 1", "fin du code principal"])], ids=["en", "fr"])
def test_a_thread_left_reading_a_pipe_is_stopped_at_the_end(tmp_path: Path, source: str,
                                                              words: list[str]) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    lines, err, took = _run(source.format(p=pipe))
    assert lines == words  # fOpen returned at once; the read never ended
    thread = "reader" if "reader" in source else "lecteur"
    assert f"warning: the thread '{thread}' still waited (a writer of the named pipe " \
           f"'{pipe}') when the program ended" in err
    assert took < 15


STOP_EN = '''ThreadExecute("r", threadNormal, Reader)
ThreadPause(20)
ThreadStop("r")
Trace(ThreadState("r") = threadStopped)

PROCEDURE Reader()
h is int = fOpen("{p}", foRead)
s is string = fReadLine(h)
Trace("never", s)
'''
STOP_FR = STOP_EN.replace("ThreadExecute", "ThreadExécute").replace("ThreadStop", "ThreadArrête") \
    .replace("ThreadState", "ThreadEtat").replace("threadStopped", "threadArrêté") \
    .replace("fOpen", "fOuvre").replace("foRead", "foLecture").replace("fReadLine", "fLitLigne")


@pytest.mark.parametrize("source", [STOP_EN, STOP_FR], ids=["en", "fr"])
def test_threadstop_reaches_a_thread_reading_a_pipe(tmp_path: Path, source: str) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    lines, err, took = _run(source.format(p=pipe))
    assert lines == ["1"]
    assert err == ""
    assert took < 15
