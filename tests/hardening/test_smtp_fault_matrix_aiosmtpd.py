"""SMTP fault matrix, aiosmtpd half: every phase x every fault injected into a real aiosmtpd
server, over STARTTLS with a verified certificate and AUTH (smtp_matrix.py says what each
case asserts; the raw socket half is test_smtp_fault_matrix.py).

aiosmtpd has no fault hooks of its own, so a subclass injects them at the two places its
replies are made: the command table (`_smtp_methods`: the phase's command runs the fault
instead of aiosmtpd's method) and `push` (the greeting, and the reply after the final dot,
which aiosmtpd sends from inside its DATA method). A fault writes through aiosmtpd's own
stream writer, so after STARTTLS it crosses the TLS layer: 4xx/5xx replies, a closed
connection, a stall (the coroutine sleeps until the client gives up), an endless
multi-line reply (written until the client closes) and a reply that is not SMTP.

Differences from the raw half, by design: the session is always TLS (`emailOptionSecuredTLS`,
host `localhost` routed to 127.0.0.1), so the EHLO phase is the EHLO inside TLS (the raw
half faults the cleartext one), and every phase after STARTTLS is faulted inside TLS.
"""
from __future__ import annotations

import asyncio
import time
from typing import Any, Awaitable, Callable, ClassVar

import pytest
from aiosmtpd.smtp import SMTP, AuthResult

import aiosmtpd_servers as servers
from smtp_matrix import (CASES, ENDLESS, GARBAGE, GENEROUS, IDS, SENT, STALLS, check,
                         check_stall, judged_on_its_last_try, run, stall_timeout_from)
from smtp_matrix import memory_bound  # noqa: F401  (a module fixture: bounds this half)

NAMED = "SMTP server localhost:"  # how ErrorInfo names the server: the host the script gave
STALL_SECONDS = 30  # past any client timeout; the client's close or the server's stop ends it
ENDLESS_CHUNKS = (64 << 20) // len(ENDLESS)
HELO_FALLBACK = {("ehlo", "4xx"), ("ehlo", "5xx"), ("ehlo", "garbage")}
"""An EHLO answered by an error or by a reply that is not SMTP is followed by HELO (RFC
5321, 4.1.4); aiosmtpd answers HELO normally, HELO offers no AUTH, so the session goes on
without authentication and the message is sent once, as EmailStartSMTPSession's page says
of a server recognising neither PLAIN nor LOGIN (?3032025; docs/email.md,
"Authentication"; the stderr note: test_smtp_auth_required.py). The raw half refuses HELO
too, so there the session fails at HELO."""


class FaultySMTP(SMTP):
    """aiosmtpd answering normally except at one phase, where it does one fault."""

    plan: ClassVar[tuple[str, str]] = ("", "")  # (phase, fault), set on a subclass per case
    connections: ClassVar[int] = 0
    left_in_stall: ClassVar[bool] = False  # the client closed while the fault stalled

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._greeted = False
        self._in_data = False
        self._recipients = 0
        self._stalling = False
        self._smtp_methods = {verb: self._faulting(verb, method)
                              for verb, method in self._smtp_methods.items()}

    def connection_made(self, transport: Any) -> None:
        if self._original_transport is None:  # a new connection, not the switch to TLS
            type(self).connections += 1
        super().connection_made(transport)

    def eof_received(self) -> bool | None:
        """The client's close (its end of the stream): noted when it comes during a stall."""
        if self._stalling:
            type(self).left_in_stall = True
        return super().eof_received()

    def connection_lost(self, error: Exception | None) -> None:
        """The client's reset, or its close as seen under TLS: noted during a stall."""
        if self._stalling:
            type(self).left_in_stall = True
        super().connection_lost(error)

    def _phase_of(self, verb: str) -> str:
        """The matrix phase a command belongs to ("-" when it is not faulted)."""
        if verb == "EHLO":
            return "ehlo" if self._tls_protocol else "-"  # the EHLO inside TLS
        if verb == "RCPT":
            self._recipients += 1
            if self.plan[0] == "rcpt_some":
                return "rcpt_some" if self._recipients == 2 else "-"
            return "rcpt_all"
        return {"STARTTLS": "starttls", "AUTH": "auth", "MAIL": "mail", "DATA": "data",
                "QUIT": "quit"}.get(verb, "-")

    def _faulting(self, verb: str, method: Callable[[str], Awaitable[None]]
                  ) -> Callable[[str], Awaitable[None]]:
        async def command(arg: str) -> None:
            if self._phase_of(verb) == self.plan[0]:
                await self._fault()
                return
            self._in_data = verb == "DATA"
            await method(arg)
            self._in_data = False
        return command

    async def push(self, status: Any) -> None:
        """aiosmtpd's replies; the greeting and the final dot's reply may be the fault."""
        first, self._greeted = not self._greeted, True
        at_dot = self._in_data and not str(status).startswith("354")
        if (first and self.plan[0] == "greeting") or (at_dot and self.plan[0] == "dot"):
            await self._fault()
            return
        await super().push(status)

    async def _fault(self) -> None:
        phase, fault = self.plan
        if fault in ("4xx", "5xx"):
            code = "421" if fault == "4xx" and phase in ("greeting", "quit") else \
                "451" if fault == "4xx" else "554"
            await super().push(f"{code} 4.3.0 injected fault" if code[0] == "4"
                               else f"{code} 5.7.0 injected fault")
            if code == "421":
                self.transport.close()
        elif fault == "close":
            self.transport.close()
        elif fault == "stall":
            await self._stall()
        elif fault == "handshake":  # "go ahead" for TLS, then no handshake at all
            await super().push("220 2.0.0 Ready to start TLS")
            await self._stall()
        elif fault == "endless":  # bounded too: at most 64 MB, whatever the client does
            for _ in range(ENDLESS_CHUNKS):
                if self.transport is None or self.transport.is_closing():
                    break
                self._writer.write(ENDLESS)
                await self._writer.drain()
                await asyncio.sleep(0)  # drain need not yield: let connection_lost end this
        elif fault == "garbage":
            await super().push(GARBAGE)
            if phase == "greeting":
                self.transport.close()


    async def _stall(self) -> None:
        """Silence for STALL_SECONDS; a client closing meanwhile is noted (connection_lost)."""
        self._stalling = True
        try:
            await asyncio.sleep(STALL_SECONDS)
        finally:
            self._stalling = False


class Handler:
    """Accepts any credentials; records each message aiosmtpd received after DATA (whatever
    the final dot's reply then is)."""

    def __init__(self) -> None:
        self.received: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(envelope.original_content)
        return "250 2.0.0 stored"


def _accept_any(server, session, envelope, mechanism, auth_data) -> AuthResult:
    return AuthResult(success=True)



def _probe_counted(faulty: type[FaultySMTP]) -> None:
    """Wait (10 s at most) until the server has counted the connection of the
    controller's start-up probe. `Controller.start` waits 1 s for the probe's greeting,
    then only for the server to have made the probe's protocol object, which is before
    asyncio calls its `connection_made` in the server's thread: under load that call
    came after the count was set to 0, and the probe was counted as a second connection
    of the case (seen at a load of 12; made certain by delaying that call by 1.5 s)."""
    deadline = time.monotonic() + 10
    while faulty.connections < 1 and time.monotonic() < deadline:
        time.sleep(0.005)


def _session(pki, plan: tuple[str, str], timeout: str = GENEROUS
             ) -> tuple[list[str], Handler, type[FaultySMTP], float]:
    """Run the matrix script against an aiosmtpd doing `plan`: its lines, the handler, the
    server class (its connection count) and the seconds the script took."""
    ca_file, context = pki
    handler = Handler()
    faulty = type("Faulty", (FaultySMTP,), {"plan": ("", "")})
    controller = servers.start(handler, smtp_class=faulty, tls_context=context,
                               authenticator=_accept_any)
    _probe_counted(faulty)
    faulty.plan, faulty.connections = plan, 0  # after the controller's own start-up probe
    options = {"ca_file": ca_file, "smtp_routes": {"localhost": ("127.0.0.1", controller.port)}}
    try:
        began = time.perf_counter()
        lines = run(controller.port, "emailOptionSecuredTLS", "localhost", options, timeout)
        elapsed = time.perf_counter() - began
    finally:
        controller.stop()
    return lines, handler, faulty, elapsed  # (elapsed: for the stall timeout, not a bound)


@pytest.fixture(scope="module")
def stall_timeout(pki) -> str:
    """The client's timeout for stalled cases, from a clean TLS session measured now (the
    second of two, so that loading the interpreter is not counted)."""
    for _ in range(2):
        lines, handler, _, elapsed = _session(pki, ("none", "none"))
        assert lines[0].split() == ["send", "1", SENT] and len(handler.received) == 1, lines
    return stall_timeout_from(elapsed)


@pytest.mark.parametrize(("phase", "fault"), CASES, ids=IDS)
def test_aiosmtpd_fault_matrix(pki, phase, fault, memory_bound, stall_timeout):
    stalls = fault in STALLS

    def attempt(timeout: str) -> None:
        lines, handler, faulty, _ = _session(pki, (phase, fault), timeout)
        if (phase, fault) in HELO_FALLBACK:  # HELO answered: sent without AUTH, once
            assert lines[0].split() == ["send", "1", SENT], lines
            assert len(handler.received) == 1 and faulty.connections == 1
            return
        check(lines, phase, fault, handler.received, NAMED)
        if stalls:
            check_stall(lines, phase, faulty.left_in_stall)
        if phase == "starttls" and fault in ("4xx", "5xx"):  # refused: no password was sent
            assert "stopped before sending any password" in lines[1], lines
        allowed = 2 if (phase, fault) == ("mail", "close") else 1  # as in the raw half
        assert faulty.connections <= allowed, "a failed message was retried on a new connection"

    if stalls:
        judged_on_its_last_try(attempt, stall_timeout)
    else:
        attempt(GENEROUS)


def test_aiosmtpd_without_starttls_when_it_is_required(pki, memory_bound):
    ca_file, _ = pki
    handler = Handler()
    controller = servers.start(handler)
    try:
        lines = run(controller.port, "emailOptionSecuredTLS", "localhost",
                    {"ca_file": ca_file, "smtp_routes": {"localhost": ("127.0.0.1", controller.port)}})
    finally:
        controller.stop()
    assert lines[0] == "start 0" and "does not offer STARTTLS" in lines[1], lines
    assert handler.received == []


def test_a_clean_aiosmtpd_send_is_one_sent_outcome(pki, memory_bound):
    lines, handler, faulty, _ = _session(pki, ("none", "none"))
    assert lines[0].split() == ["send", "1", SENT] and len(handler.received) == 1, lines
    assert lines[-1] == "closed" and faulty.connections == 1, lines
