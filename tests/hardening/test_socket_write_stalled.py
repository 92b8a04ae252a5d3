"""SocketWrite against a peer that stops reading (stdlib/socket_stream.py send_all): a
message bigger than the system's buffers waited for ever (one blocking sendall), and so
did the run, a thread's too (its end waits for its threads). Now the write fails, False
and ErrorInfo saying how much the peer took, once the peer has taken nothing for
WRITE_STALL seconds; a peer reading slowly but steadily still gets the whole message.
Loopback only; WRITE_STALL is lowered so that each case is short."""
from __future__ import annotations

import _thread
import io
import socket
import threading
from collections.abc import Iterator

import pytest

from loopback import RawServer
from wlinterp.engine import run_source
from wlinterp.stdlib import socket_stream

SIZE = 20_000_000  # far more than loopback's send and receive buffers together


@pytest.fixture
def stall(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(socket_stream, "WRITE_STALL", 0.5)
    yield


def _never_reads(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(60)


def _write(port: int, english: bool = True, size: int = SIZE) -> list[str]:
    code = (f'SocketConnect("c", {port}, "127.0.0.1")\n'
            f'Trace(SocketWrite("c", Repeat("x", {size})), ErrorOccurred)\n'
            'Trace(ErrorInfo(errMessage))\n') if english else (
            f'SocketConnecte("c", {port}, "127.0.0.1")\n'
            f'Trace(SocketEcrit("c", Répète("x", {size})), ErreurDétectée)\n'
            'Trace(ErreurInfo(errMessage))\n')
    out, err = io.StringIO(), io.StringIO()
    safety = threading.Timer(120, _thread.interrupt_main)  # a write that hangs fails
    safety.start()
    try:
        run_source(code, "write.wl", stdout=out, stderr=err)
    finally:
        safety.cancel()
    assert err.getvalue() == ""
    return out.getvalue().splitlines()


@pytest.mark.parametrize("english", [True, False], ids=["en", "fr"])
def test_a_write_to_a_peer_that_never_reads_fails_saying_how_much_it_took(
        stall: None, english: bool) -> None:
    srv = RawServer(_never_reads)
    try:
        result, words = _write(srv.port, english)
    finally:
        srv.close()
    assert result == "0, 1", (result, words)
    named = "SocketWrite" if english else "SocketEcrit"  # as the call wrote it
    prefix = f"{named}: the other side took no data for 0.5 s ("
    assert words.startswith(prefix) and words.endswith(f" of {SIZE + 10} bytes sent)."), words
    taken = int(words[len(prefix):].split()[0])
    assert 0 < taken < SIZE, words  # (the size line "20000000\r\n" goes first)


def test_a_write_in_a_thread_ends_and_so_does_the_run(stall: None) -> None:
    """The end of the run waits for its threads: one stuck writing held it for ever."""
    srv = RawServer(_never_reads)
    out = io.StringIO()
    try:
        run_source(f'''SocketConnect("c", {srv.port}, "127.0.0.1")
ThreadExecute("w", threadNormal, W)
PROCEDURE W()
  Trace(SocketWrite("c", Repeat("x", {SIZE})), ErrorOccurred)
''', "thread.wl", stdout=out, stderr=io.StringIO())
    finally:
        srv.close()
    assert out.getvalue() == "0, 1\n"


def test_a_peer_reading_slowly_but_steadily_gets_the_whole_message(stall: None) -> None:
    """Each piece the peer takes gives the write WRITE_STALL seconds again: at most 64 KB
    every 0.02 s, the 8 MB take more than 2.5 s, far past the 0.5 s."""
    size, got, done = 8_000_000, bytearray(), threading.Event()

    def slow_reader(conn: socket.socket, stop: threading.Event) -> None:
        while not stop.is_set() and len(got) < size + 9:
            piece = conn.recv(65536)
            if not piece:
                break
            got.extend(piece)
            stop.wait(0.02)
        done.set()
    srv = RawServer(slow_reader)
    try:
        result, words = _write(srv.port, size=size)
        done.wait(120)  # the write ends once the last bytes are in the system's buffers
    finally:
        srv.close()
    assert (result, words) == ("1, 0", "")
    assert bytes(got) == b"%d\r\n" % size + b"x" * size
