"""Servers that never stop talking, each line or byte in time for the next wait (NET,
6 Dec 2026): a real loopback server per case, and the script gets False and words. What
bounds each, counted in lines or bytes, never in the test's wall time (a loaded machine
stretches it): an SMTP reply's 256 lines, the session's overall limit (3 times
EmailSetTimeOut: the greeting dripped a byte each half second, EHLO answered by `250-` lines
without end, a POP3 LIST without its final "."), http.client's 100 header lines, and the
run option max_download for an HTTPDestination file fed an endless chunked body (which
--max-string does not bound, and whose deadline moves on with every 64 KB that comes:
docs/security.md "Limits of a run"). An IMAP FETCH answered by untagged lines without end
fails its step at the same limit.

The timeouts are short (0.5 s, 1 s: overall limits of 1.5 s and 3 s) because every case
waits out its overall limit: what is proved is the limit firing while each single wait is
met, which holds at any scale as long as the server's pace keeps the same ratio to the
timeout (half of it: a margin of one pause lost to the machine's load)."""
from __future__ import annotations

import io
import socket
import threading
from pathlib import Path

import pytest

from loopback import RawServer, read_command
from wlinterp.engine import run_source


class Talker:
    """A RawServer whose script counts the bytes it managed to send."""

    def __init__(self, script) -> None:
        self.sent = 0
        self.script = script
        self.server = RawServer(self._run)
        self.port = self.server.port

    def send(self, conn: socket.socket, data: bytes) -> None:
        conn.sendall(data)
        self.sent += len(data)

    def _run(self, conn: socket.socket, stop: threading.Event) -> None:
        self.script(self, conn, stop)

    def __enter__(self) -> "Talker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.close()


def _run(code: str, **options: object) -> list[str]:
    out = io.StringIO()
    run_source(code, "talk.wl", stdout=out, stderr=io.StringIO(), options=dict(options))
    return out.getvalue().splitlines()


def _smtp_start(port: int, timeout: float = 0.5) -> list[str]:
    return _run(f'EmailSetTimeOut({timeout})\nTrace(EmailStartSMTPSession("u", "127.0.0.1", {port}))\n'
                "Trace(ErrorInfo())\n")


def _ehlo_forever(talker: Talker, conn: socket.socket, stop: threading.Event) -> None:
    talker.send(conn, b"220 hello\r\n")
    if read_command(conn, stop).upper().startswith(b"EHLO"):
        while not stop.wait(0.1):  # 15 lines in the 1.5 s limit: the 256 lines are not reached
            talker.send(conn, b"250-more\r\n")


def test_ehlo_answered_by_endless_lines_each_in_time_fails_at_the_overall_limit():
    with Talker(_ehlo_forever) as talker:
        lines = _smtp_start(talker.port)
    assert lines[0] == "0", lines
    assert "EHLO: the operation did not finish within its overall limit of 1.5 s" in lines[1], lines
    assert talker.sent < 256 * len(b"250-more\r\n"), talker.sent


def test_ehlo_answered_by_endless_lines_at_full_speed_stops_at_256_lines():
    """The same server without its pause, under a Timeout of 30 s: the reply's bound."""
    def fast(talker: Talker, conn: socket.socket, stop: threading.Event) -> None:
        talker.send(conn, b"220 hello\r\n")
        if read_command(conn, stop).upper().startswith(b"EHLO"):
            while not stop.is_set():
                talker.send(conn, b"250-more\r\n" * 100)
    with Talker(fast) as talker:
        lines = _smtp_start(talker.port, timeout=30)
    assert lines[0] == "0", lines
    assert "EHLO" in lines[1] and "did not end within 256 lines or 64 KB" in lines[1], lines


def _greeting_drip(talker: Talker, conn: socket.socket, stop: threading.Event) -> None:
    for byte in b"220-" + b"x" * 60 + b"\r\n220 done\r\n":
        talker.send(conn, bytes([byte]))
        if stop.wait(0.5):  # a byte each half second: each wait (1 s) met
            return


def test_a_greeting_dripped_a_byte_a_second_fails_at_the_overall_limit():
    with Talker(_greeting_drip) as talker:
        lines = _smtp_start(talker.port, timeout=1)
    assert lines[0] == "0", lines
    assert "waiting for the server greeting" in lines[1], lines
    assert "did not finish within its overall limit" in lines[1], lines
    assert talker.sent < 20, talker.sent  # 3 s of a byte each 0.5 s, not the 75 bytes


def _pop3_list_forever(talker: Talker, conn: socket.socket, stop: threading.Event,
                       pause: float = 0.05) -> None:
    talker.send(conn, b"+OK ready\r\n")
    while command := read_command(conn, stop).upper():
        if command.startswith(b"LIST"):
            talker.send(conn, b"+OK\r\n")
            number = 0
            while not stop.wait(pause):  # no final "."
                number += 1
                talker.send(conn, b"%d 120\r\n" % number)
            return
        talker.send(conn, b"-ERR no\r\n" if command.startswith(b"CAPA") else b"+OK\r\n")


def _headers_forever(talker: Talker, conn: socket.socket, stop: threading.Event) -> None:
    read_command(conn, stop)
    talker.send(conn, b"HTTP/1.1 200 OK\r\n")
    number = 0
    while not stop.is_set() and number < 100_000:  # (bounded: the server stops anyway)
        number += 1
        talker.send(conn, b"X-N%d: v\r\n" % number)


def test_endless_headers_stop_at_the_hundredth_line():
    with Talker(_headers_forever) as talker:
        lines = _run(f'HTTPRequest("http://127.0.0.1:{talker.port}/")\n'
                     "Trace(ErrorOccurred, ErrorInfo(errMessage))\n")
    assert lines[0].startswith("1, HTTPRequest"), lines
    assert "more than 100 header lines, the most accepted" in lines[0], lines


def _chunks_forever(pause: float, size: int = 0x10000):
    """A chunked body that never ends: a chunk of `size` bytes every `pause` seconds."""
    def script(talker: Talker, conn: socket.socket, stop: threading.Event) -> None:
        read_command(conn, stop)
        talker.send(conn, b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"%x\r\n" % size + b"c" * size + b"\r\n"
        for _ in range(20_000):  # 1.3 GB at most: the client must stop long before
            if stop.wait(pause):
                return
            talker.send(conn, chunk)
    return script


def _download(port: int, target: Path, **options: object) -> list[str]:
    return _run(f'HTTPDestination("{target}")\n'
                f'Trace(HTTPRequest("http://127.0.0.1:{port}/big"), ErrorOccurred)\n'
                "Trace(ErrorInfo(errMessage))\n", **options)


def test_an_endless_chunked_download_stops_at_max_download(tmp_path):
    target = tmp_path / "endless.bin"
    with Talker(_chunks_forever(0)) as talker:
        lines = _download(talker.port, target, max_download=4 << 20)
    assert lines[0] == "0, 1", lines
    assert "the answer is longer than 4194304 bytes, the most a downloaded file may take " \
        "(--max-download)" in lines[1], lines
    assert f"'{target}' was not written" in lines[1], lines
    assert list(tmp_path.iterdir()) == []  # neither the file nor its temporary file
    assert talker.sent < 64 << 20, talker.sent  # (the kernel's buffers, not the 1.3 GB)


def test_the_download_bound_is_the_documented_default_without_the_option():
    from stdlib.http_destination import DOWNLOAD_LIMIT, download_limit
    assert download_limit({}) == DOWNLOAD_LIMIT == 16 << 30
    assert download_limit({"max_download": 1000}) == 1000
    assert "16 GiB" in Path("docs/security.md").read_text(encoding="utf-8")


def test_a_chunked_download_trickling_forever_fails_at_the_overall_limit(tmp_path):
    """A 1 KB chunk each 0.15 s, far under the Timeout of 0.5 s: the overall limit (3 times
    it, plus 1 s per 64 KB received) ends the download after about ten chunks."""
    target = tmp_path / "slow.bin"
    with Talker(_chunks_forever(0.15, 1024)) as talker:
        lines = _run(f'HTTPTimeOut(500)\nHTTPDestination("{target}")\n'
                     f'Trace(HTTPRequest("http://127.0.0.1:{talker.port}/big"), ErrorOccurred)\n'
                     "Trace(ErrorInfo(errMessage))\n")
    assert lines[0] == "0, 1", lines
    assert "no complete answer within 1.5 s (the overall limit" in lines[1], lines
    assert list(tmp_path.iterdir()) == []
    assert talker.sent < 100 * 1024, talker.sent  # (the 20,000 chunks were not awaited)


def _imap_fetch_forever(talker: Talker, conn: socket.socket, stop: threading.Event,
                        pause: float = 0.05) -> None:
    talker.send(conn, b"* OK ready\r\n")
    while line := read_command(conn, stop):
        tag, _, rest = line.strip().partition(b" ")
        verb = rest.split(b" ", 2)[:2]
        if verb[0].upper() == b"CAPABILITY":
            talker.send(conn, b"* CAPABILITY IMAP4rev1\r\n%s OK done\r\n" % tag)
        elif b"FETCH" in (word.upper() for word in verb):
            number = 0
            while not stop.wait(pause):  # untagged lines, never the tagged end
                number += 1
                talker.send(conn, b"* %d FETCH (UID %d FLAGS ())\r\n" % (number, number))
            return
        elif verb[0].upper() in (b"SELECT", b"EXAMINE"):
            talker.send(conn, b"* 100000 EXISTS\r\n%s OK [READ-WRITE] done\r\n" % tag)
        else:
            talker.send(conn, b"%s OK done\r\n" % tag)


@pytest.mark.parametrize("protocol, script, step, line", [
    ("POP3", _pop3_list_forever, "listing the messages (LIST, UIDL)", b"100 120\r\n"),
    ("IMAP", _imap_fetch_forever, "opening the folder 'INBOX' (SELECT)",
     b"* 100 FETCH (UID 100 FLAGS ())\r\n")], ids=["pop3-list", "imap-fetch"])
def test_a_listing_without_its_end_fails_at_the_overall_limit(protocol, script, step, line):
    """A POP3 LIST never given its final ".", an IMAP FETCH answered by untagged lines
    without end (a line each 0.05 s, each in time): the start fails at 1.5 s."""
    with Talker(script) as talker:
        lines = _run(f'EmailSetTimeOut(0.5)\nTrace(EmailStart{protocol}Session("u", "p", '
                     f'"127.0.0.1", {talker.port}))\nTrace(ErrorInfo())\n',
                     allow_cleartext_auth=True)
    assert lines[0] == "0", lines
    assert f"{step}: the step did not finish within its overall limit of 1.5 s" in lines[1], lines
    assert talker.sent < 200 * len(line), talker.sent


@pytest.mark.parametrize("protocol, script", [
    ("POP3", _pop3_list_forever), ("IMAP", _imap_fetch_forever)], ids=["pop3-list", "imap-fetch"])
def test_a_fast_listing_without_its_end_stops_at_the_line_bound(protocol, script, monkeypatch):
    """The same servers at full speed, under a Timeout of 30 s: short lines without end
    held about 7 times their bytes in the client (148 MB for 19 MB of "n 1" lines in 3 s),
    up to 2 GB within the 256 MB bound on an answer's bytes; the answer's lines are
    bounded too (reading.MAX_ANSWER_LINES, 4 million; 1,000 here)."""
    from wlinterp.mail import reading
    monkeypatch.setattr(reading, "MAX_ANSWER_LINES", 1000)
    fast = lambda talker, conn, stop: script(talker, conn, stop, pause=0)  # noqa: E731
    with Talker(fast) as talker:
        lines = _run(f'EmailSetTimeOut(30)\nTrace(EmailStart{protocol}Session("u", "p", '
                     f'"127.0.0.1", {talker.port}))\nTrace(ErrorInfo())\n',
                     allow_cleartext_auth=True)
    assert lines[0] == "0", lines
    assert "the server's answer exceeds 1000 lines" in lines[1], lines
    assert "overall limit" not in lines[1], lines


def test_wl_run_takes_the_download_bound(tmp_path):
    """`wl run --max-download N` sets the run option (as --max-string sets its own)."""
    import subprocess
    import sys
    target = tmp_path / "endless.bin"
    script = tmp_path / "download.wl"
    with Talker(_chunks_forever(0)) as talker:
        script.write_text(f'HTTPDestination("{target}")\n'
                          f'Trace(HTTPRequest("http://127.0.0.1:{talker.port}/big"))\n'
                          "Trace(ErrorInfo(errMessage))\n", encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "wlinterp", "run", "--max-download", "2M",
                               str(script)], capture_output=True, text=True, timeout=120)
    lines = done.stdout.splitlines()
    assert lines[0] == "0", (done.stdout, done.stderr)
    assert "the answer is longer than 2097152 bytes, the most a downloaded file may take" \
        in lines[1], lines
    assert not target.exists()
