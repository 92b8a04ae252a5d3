"""SMTP fault matrix, raw socket half: every phase x every fault against a scripted server
that can misbehave at the byte level (smtp_matrix.py says what each case asserts; the
aiosmtpd half is test_smtp_fault_matrix_aiosmtpd.py).

Timeouts: a stalled case costs the client's whole timeout, so it is short there — derived
from a clean session timed at the start (smtp_matrix.stall_timeout_from); every other case
uses a generous one that only a bug would reach.
"""
from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field

import pytest

from loopback import RawServer, read_command
from smtp_matrix import (CASES, ENDLESS, GARBAGE, GENEROUS, IDS, SENT, STALLS, check,
                         check_stall, judged_on_its_last_try, run, stall_timeout_from)
from smtp_matrix import memory_bound  # noqa: F401  (a module fixture: bounds this half)


@pytest.fixture(scope="module")
def stall_timeout() -> str:
    """The client's timeout for stalled cases, from a whole clean session measured now (the
    second of two, so that loading the interpreter is not counted)."""
    for _ in range(2):
        dialogue = Dialogue("none", "none")  # no phase has this name: a clean session
        server = RawServer(dialogue)
        try:
            began = time.perf_counter()
            lines = run(server.port)
            elapsed = time.perf_counter() - began
        finally:
            server.close()
        assert lines[0].split() == ["send", "1", SENT], lines
    return stall_timeout_from(elapsed)


@dataclass
class Dialogue:
    """A scripted SMTP server: normal replies, except `fault` at `phase`."""

    phase: str
    fault: str
    received: list[bytes] = field(default_factory=list)
    after_stall: bytes = b""  # what the client sent while the server stalled
    left_in_stall: bool = False  # the client closed before the stall's 30 s ended

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        if not self._reply(conn, stop, "greeting", b"220 raw.test ESMTP"):
            return
        recipients = 0
        while (line := read_command(conn, stop)):
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                tls = b"250-STARTTLS\r\n" if self.phase == "starttls" else b""
                ok = self._reply(conn, stop, "ehlo", b"250-raw.test\r\n" + tls +
                                 b"250-AUTH PLAIN LOGIN\r\n250 8BITMIME")
            elif verb == b"STAR":  # STARTTLS: the client asks only when the phase is starttls
                ok = self._reply(conn, stop, "starttls", b"220 2.0.0 ready to start TLS")
            elif verb == b"AUTH":
                ok = self._reply(conn, stop, "auth", b"235 2.7.0 accepted")
            elif verb == b"MAIL":
                ok = self._reply(conn, stop, "mail", b"250 2.1.0 ok")
            elif verb == b"RCPT":
                recipients += 1
                phase = "rcpt_all" if self.phase == "rcpt_all" else "rcpt_some" if recipients == 2 else "-"
                ok = self._reply(conn, stop, phase, b"250 2.1.5 ok")
            elif verb == b"DATA":
                refused = self.phase == "data"  # no 354: the client sends no message
                ok = self._reply(conn, stop, "data", b"354 go ahead") and (refused or self._data(conn, stop))
            elif verb == b"QUIT":
                self._reply(conn, stop, "quit", b"221 bye")
                return
            else:  # RSET, NOOP
                ok = self._send(conn, b"250 ok")
            if not ok:
                return

    def _data(self, conn: socket.socket, stop: threading.Event) -> bool:
        body = b""
        while (line := read_command(conn, stop)) and line != b".\r\n":
            body += line
        if not line:
            return False
        self.received.append(body)
        return self._reply(conn, stop, "dot", b"250 2.0.0 queued")

    def _reply(self, conn: socket.socket, stop: threading.Event, phase: str, normal: bytes) -> bool:
        """Send the normal reply, or the fault; False when the connection must end."""
        if phase != self.phase:
            return self._send(conn, normal)
        if self.fault in ("4xx", "5xx"):
            code = {"greeting": b"421", "quit": b"421"}.get(phase, b"451") if self.fault == "4xx" \
                else b"554"
            self._send(conn, code + b" injected fault")
            return code not in (b"421",) and phase != "greeting"
        if self.fault == "handshake":  # the normal reply, then silence: the TLS handshake stalls
            self._send(conn, normal)
            self._sit_out(conn, stop)
        elif self.fault == "stall":
            self._sit_out(conn, stop)
        elif self.fault == "endless":
            while not stop.is_set():
                conn.sendall(ENDLESS)
        elif self.fault == "garbage":
            self._send(conn, GARBAGE)
            return phase != "greeting"
        return False  # close (and the end of a stall or an endless reply)

    def _sit_out(self, conn: socket.socket, stop: threading.Event) -> None:
        """Stay silent for 30 s (past any client timeout; the test closing the server ends
        it sooner), noting what the client sends meanwhile and whether it closes first."""
        conn.settimeout(0.1)
        ends = time.monotonic() + 30
        while not stop.is_set() and time.monotonic() < ends:
            try:
                data = conn.recv(4096)
            except TimeoutError:
                continue
            except OSError:  # reset by the client
                data = b""
            if not data:
                self.left_in_stall = True
                return
            self.after_stall += data

    @staticmethod
    def _send(conn: socket.socket, data: bytes) -> bool:
        conn.sendall(data + b"\r\n")
        return True


@pytest.mark.parametrize(("phase", "fault"), CASES, ids=IDS)
def test_raw_server_fault_matrix(phase, fault, memory_bound, stall_timeout):
    stalls = fault in STALLS
    option = "emailOptionSecuredTLS" if phase == "starttls" else "emailOptionDefault"

    def attempt(timeout: str) -> None:
        dialogue = Dialogue(phase, fault)
        server = RawServer(dialogue)
        try:
            lines = run(server.port, option, timeout=timeout)
        finally:
            server.close()
        check(lines, phase, fault, dialogue.received, "SMTP server 127.0.0.1:")
        if stalls:
            check_stall(lines, phase, dialogue.left_in_stall)
            # one wait of the timeout, two when QUIT also meets the stall, never more
            if fault == "stall":
                assert dialogue.after_stall in (b"", b"QUIT\r\n"), dialogue.after_stall
        # Only a connection found closed before MAIL FROM was accepted is reopened (once):
        # nothing can have been delivered then (docs/email.md, "Stale connections").
        allowed = 2 if (phase, fault) == ("mail", "close") else 1
        assert server.connections <= allowed, "a failed message was retried on a new connection"

    if stalls:
        judged_on_its_last_try(attempt, stall_timeout)
    else:
        attempt(GENEROUS)


@pytest.mark.parametrize("fault", ["refused", "accepted_never_greets"])
def test_connect_phase(fault, memory_bound, stall_timeout):
    """Connect: nobody listens, or the kernel completes the TCP handshake (a listening
    socket whose backlog nobody accepts from) and no greeting ever comes."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    if fault == "refused":
        listener.close()
    else:
        listener.listen(1)
    try:
        lines = run(port, timeout=stall_timeout)
        tries = _queued(listener) if fault != "refused" else 1
    finally:
        listener.close()
    assert lines[0] == "start 0" and lines[1].startswith(f"SMTP server 127.0.0.1:{port}"), lines
    if fault == "refused":
        assert "connection refused" in lines[1], lines
    else:
        assert "greeting" in lines[1] and "no answer from the server within" in lines[1], lines
    assert tries == 1, f"the client connected {tries} times: one wait of the timeout, not more"


def _queued(listener: socket.socket) -> int:
    """How many connections the kernel completed on `listener` that nobody accepted (all
    were made before this is called: the client has ended)."""
    listener.settimeout(0.2)
    count = 0
    try:
        while count < 10:
            listener.accept()[0].close()
            count += 1
    except TimeoutError:
        pass
    return count
