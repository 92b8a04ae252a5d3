"""What both halves of the SMTP fault matrix share: the script, the phases and faults, and
the check of one case's outcome (test_smtp_fault_matrix.py for the raw socket server,
test_smtp_fault_matrix_aiosmtpd.py for aiosmtpd).

For each case a WLanguage script opens a session, sends one message to two recipients
and prints what it sees. Asserted: the WLanguage-visible outcome (True/False,
ErrorInfo naming the step), and exactly one recorded outcome per message —
`EmailStatus` is emailSent exactly when EmailSendMessage said True and the server
accepted the message, emailError otherwise, never still pending; a fault after the
final dot is reported as "may or may not have been accepted" (unknown), never retried.
Memory stays bounded across each half of the matrix.
"""
from __future__ import annotations

import io
import resource
from typing import Callable

import pytest

from wlinterp.engine import run_source

GENEROUS = "10 s"
"""The client's timeout for every case that does not stall: only a bug would reach it."""
SCRIPT = """EmailSetTimeOut("{timeout}")
IF EmailStartSMTPSession("u", "pw", "{host}", {port}, False, {option}) THEN
    Email.Sender = "a@example.org"
    Email.Recipient[1] = "b@example.org"
    Email.Recipient[2] = "c@example.org"
    Email.Subject = "matrix"
    Email.Message = "body"
    ok is boolean = EmailSendMessage("u")
    Trace("send " + ok + " " + EmailStatus(Email.MailIdentifier))
    Trace(ErrorInfo())
    EmailCloseSession("u")
    Trace("closed")
ELSE
    Trace("start 0")
    Trace(ErrorInfo())
END
"""
PHASES = ["greeting", "ehlo", "starttls", "auth", "mail", "rcpt_all", "rcpt_some", "data", "dot", "quit"]
FAULTS = ["4xx", "5xx", "close", "stall", "endless", "garbage"]
CASES = [(phase, fault) for phase in PHASES for fault in FAULTS] + [("starttls", "handshake")]
IDS = [f"{fault}-{phase}" for phase, fault in CASES]
STALLS = ("stall", "handshake")
GARBAGE = b"HELLO? this is not SMTP"
ENDLESS = b"250-more of a reply that never ends\r\n" * 100
SENT, ERROR = "1", "3"  # emailSent, emailError


def run(port: int, option: str = "emailOptionDefault", host: str = "127.0.0.1",
        options: dict | None = None, timeout: str = GENEROUS) -> list[str]:
    """Run the matrix script against `host:port`; the lines it traced."""
    out = io.StringIO()
    run_source(SCRIPT.format(timeout=timeout, host=host, port=port, option=option), "matrix.wl",
               stdout=out, stderr=io.StringIO(), options=options)
    return out.getvalue().splitlines()


def seconds(timeout: str) -> float:
    """`"750 ms"` or `"10 s"` (the EmailSetTimeOut text used here) in seconds."""
    value, unit = timeout.split()
    return float(value) / (1000 if unit == "ms" else 1)


def stall_timeout_from(elapsed: float) -> str:
    """The client's timeout for stalled cases: 10 times a clean session's duration,
    between 0.3 s and 3 s, so that the steps before the stall never hit it on a loaded
    machine while a stall costs little."""
    return f"{round(min(3.0, max(0.3, 10 * elapsed)) * 1000)} ms"


def judged_on_its_last_try(attempt: Callable[[str], None], timeout: str,
                           tries: int = 3) -> None:
    """Run a stalled case (`attempt(timeout)` runs and checks it) and, when it fails,
    again with twice the timeout, up to `tries` times; the last try's failure is raised.
    The stall timeout is short (measured once, on a clean session, when the module
    starts) so that stalls cost little; when the machine gets busier later, a step before
    the stalled one (the greeting, EHLO) could run out of that time, which made
    stall-starttls fail now and then under load (it names the step that timed out). A
    real fault fails every try: each is checked in full."""
    for n in range(tries):
        try:
            attempt(timeout)
            return
        except AssertionError:
            if n == tries - 1:
                raise
            timeout = f"{round(seconds(timeout) * 2000)} ms"


@pytest.fixture(scope="module")
def memory_bound():
    """One half of the matrix may not grow the process by more than 64 MB (endless replies)."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    yield
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 64 * 1024, f"the fault matrix grew the process by {grown_kb} KB"


def check(lines: list[str], phase: str, fault: str, received: list, server: str) -> None:
    """The script's view of one case and the message's one outcome. `received` holds what
    the server got after DATA (one entry per message); `server` is how ErrorInfo names it
    ("SMTP server 127.0.0.1:" for instance)."""
    if fault == "garbage" and phase != "quit":  # quoted whole, first characters included
        assert GARBAGE.decode() in lines[1], lines
    if phase in ("greeting", "ehlo", "starttls", "auth"):  # the session never started
        assert lines[0] == "start 0" and lines[1].startswith(server), lines
        assert received == []
        if phase == "starttls":  # named, and nothing secret crossed the cleartext link
            assert "STARTTLS" in lines[1], lines
        return
    verdict, info = lines[0].split(), lines[1]
    assert lines[-1] == "closed", lines
    if phase == "quit":  # the message went through; only the goodbye failed
        assert verdict == ["send", "1", SENT] and len(received) == 1, lines
        return
    assert verdict == ["send", "0", ERROR], lines  # one outcome: failed, never pending
    assert info.startswith(server), lines
    if phase == "dot" and fault in ("close", "stall", "endless"):
        assert "may or may not" in info and len(received) == 1, lines  # unknown, not retried
    elif phase == "dot":
        assert "end of data" in info and len(received) == 1, lines
    else:
        assert received == [], lines
    if phase == "rcpt_some" and fault in ("4xx", "5xx"):
        assert "1 of 2 recipient(s) refused" in info, lines


def check_stall(lines: list[str], phase: str, left_in_stall: bool) -> None:
    """A stalled case: the client gave up while the server still stalled (`left_in_stall`:
    the server saw it close before its own 30 s ended; a client without a timeout would
    outwait it), and ErrorInfo names the step and the timeout. No wall-time bound: it
    failed on a loaded machine."""
    assert left_in_stall, ("the client waited out the server's stall", lines)
    if phase != "quit":  # the goodbye's stall is past the script's view
        assert "within" in lines[1] and "EmailSetTimeOut" in lines[1], lines
