"""fOpen / fOuvre on a named pipe (stdlib/pipe_streams.py): `fOpen(fifo, foRead)` stopped
the run with "internal error: Illegal seek" (fOpen sniffed a byte-order mark and moved back).
A FIFO is now a stream, one direction at a time: read line by line once a writer comes,
written when a program reads it, refused in words otherwise. No test can hang: the writer
thread opens without waiting and gives up after a bounded count of tries, and the reader
of the write tests is opened first, without waiting."""
from __future__ import annotations

import errno
import io
import os
import threading
import time
from pathlib import Path

import pytest

from wlinterp.engine import run_source

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")

_TRIES = 4000  # a writer's attempts to find the reader, 5 ms apart (about 20 s at most)


def _run(source: str) -> list[str]:
    out = io.StringIO()
    run_source(source, stdout=out)
    return out.getvalue().splitlines()


def _writer(pipe: Path, data: bytes, wrote: list[int], delay: float = 0.0) -> threading.Thread:
    """A thread writing `data` into the pipe once a reader opened it (never waits for one),
    `delay` seconds after it found the reader."""
    def write() -> None:
        for _ in range(_TRIES):
            try:
                fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno != errno.ENXIO:
                    raise
                time.sleep(0.005)
                continue
            time.sleep(delay)
            os.set_blocking(fd, True)
            wrote.append(os.write(fd, data))
            os.close(fd)
            return
    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


READ_EN = '''h is int = fOpen("{p}", foRead)
Trace(h > 0, ErrorOccurred)
sLine is string = fReadLine(h)
WHILE sLine <> EOT
    Trace("[" + sLine + "]")
    sLine = fReadLine(h)
END
Trace(fSeek(h, 0), ErrorInfo(errMessage))
Trace(fClose(h))
'''
READ_FR = '''h est un entier = fOuvre("{p}", foLecture)
Trace(h > 0, ErreurDetectee)
sLigne est une chaîne = fLitLigne(h)
TANTQUE sLigne <> EOT
    Trace("[" + sLigne + "]")
    sLigne = fLitLigne(h)
FIN
Trace(fPositionne(h, 0), ErreurInfo(errMessage))
Trace(fFerme(h))
'''


@pytest.mark.parametrize(("source", "seek"), [(READ_EN, "fSeek"), (READ_FR, "fPositionne")],
                         ids=["en", "fr"])
def test_a_pipe_is_read_line_by_line_from_its_writer(tmp_path: Path, source: str,
                                                     seek: str) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    wrote: list[int] = []
    thread = _writer(pipe, "début\r\nfin\r\n".encode(), wrote)
    lines = _run(source.format(p=pipe))
    thread.join()
    assert wrote == [len("début\r\nfin\r\n".encode())]
    assert lines == ["1, 0", "[début]", "[fin]",
                     f"-1, {seek}: cannot move in '{pipe}': it is a stream that cannot move "
                     "(a named pipe).", "0"]


@pytest.mark.parametrize("source", [
    'h is int = fOpen("{p}", foWrite)\nTrace(fWriteLine(h, "ligne é"), fClose(h))\n',
    'h est un entier = fOuvre("{p}", foAjout)\nTrace(fEcritLigne(h, "ligne é"), fFerme(h))\n'],
    ids=["en", "fr"])
def test_a_pipe_with_a_reader_is_written(tmp_path: Path, source: str) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # there before the writer
    try:
        lines = _run(source.format(p=pipe))
        received = os.read(reader, 1000)
    finally:
        os.close(reader)
    assert received == "ligne é\r\n".encode()
    assert lines == [f"{len(received)}, 0"]


def test_a_pipe_nobody_reads_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    lines = _run(f'h is int = fOpen("{pipe}", foWrite)\nTrace(h, ErrorInfo(errMessage))\n')
    assert lines == [f"-1, fOpen: cannot open '{pipe}': it is a named pipe that no program "
                     "reads."]


@pytest.mark.parametrize(("call", "name"), [('fOpen("{p}")', "fOpen"),
                                           ('fOuvre("{p}", foLectureEcriture)', "fOuvre")])
def test_a_pipe_both_ways_is_refused_in_words(tmp_path: Path, call: str, name: str) -> None:
    """fOpen's default mode is foReadWrite: a FIFO opened both ways reads its own bytes."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    lines = _run(f"h is int = {call.format(p=pipe)}\nTrace(h, ErrorInfo(errMessage))\n")
    assert lines == [f"-1, {name}: cannot open '{pipe}': it is a named pipe: open it with "
                     "foRead or foWrite, one direction at a time."]


@pytest.mark.parametrize("source", [
    'h is int = fOpen("{p}", foRead)\nTrace(fReadLine(h))\nTrace(fReadLine(h) = EOT)\n',
    'h est un entier = fOuvre("{p}", foLecture)\nTrace(fLitLigne(h))\n'
    'Trace(fLitLigne(h) = EOT)\n'], ids=["en", "fr"])
def test_a_writer_coming_after_fopen_is_read(tmp_path: Path, source: str) -> None:
    """fOpen returns at once (its reads wait: tests/stdlib/test_fifo_reads_in_slices.py);
    bytes written after it are read, then the writer leaving is the end."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    wrote: list[int] = []
    thread = _writer(pipe, "écrit\r\n".encode(), wrote, delay=0.3)
    lines = _run(source.format(p=pipe))
    thread.join()
    assert wrote == [len("écrit\r\n".encode())]
    assert lines == ["écrit", "1"]
