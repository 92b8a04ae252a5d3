"""Any bytes a server answers at any step of a send end in words: the script sees True (the
server took the message) or False with ErrorInfo naming the server, never a Python error,
never a raw control character, never "sent" for a message the server did not get
(tests/mail/scripted_smtp.py runs the script; bounded for CI: a few seconds; 300 examples
of each passed locally, 2026-12-03). On an asynchronous session the same holds at
EmailCloseSession: each message sent, or reported once on stderr."""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scripted_smtp import Server, run

WAIT = "0.5"
"""EmailSetTimeOut here: the examples whose reply never ends as one (a `250-` without its
last line, no line end) wait it out; a loaded machine that makes any other step wait it
out too still ends in words, which is what is asserted (it was 1 s: 13 s of waits)."""
_CI = settings(deadline=None, suppress_health_check=list(HealthCheck), database=None,
               max_examples=25)
STEPS = [b"GREET", b"EHLO", b"MAIL", b"RCPT", b"RCPT2", b"DATA", b".", b"QUIT"]
CODES = [b"", b"220 ", b"250 ", b"250-", b"354 ", b"421 ", b"451 ", b"550 ", b"999 ", b"2", b"-1 "]


@settings(_CI)
@given(step=st.sampled_from(STEPS), code=st.sampled_from(CODES),
       words=st.binary(max_size=120), hang_up=st.booleans())
@example(step=b"QUIT", code=b"451 ", words=b"", hang_up=False)  # (found by the search)
def test_any_reply_at_any_step_ends_in_words(step: bytes, code: bytes, words: bytes,
                                             hang_up: bool) -> None:
    server = Server({step: code + words + b"\r\n"},
                    hang_up_after=frozenset({step}) if hang_up else frozenset())
    lines, err = run(server, timeout=WAIT)
    assert lines and lines[0] in ("start 0", "send, 1", "send, 0"), lines
    info = lines[1]
    assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for c in info), lines
    if lines[0] == "start 0":
        assert info.startswith("SMTP server 127.0.0.1:") and server.received == [], lines
        return
    if lines[0] == "send, 1":  # sent: the server has it, and EmailStatus agrees
        assert len(server.received) == 1, lines
        if step == b"QUIT" and lines[-1] == "status, 3":  # a refusal where QUIT's answer
            # was due: the 250 may have been a stray one, so the message is in doubt, and
            # the close says so (docs/email.md "A refusal read where QUIT's answer was due")
            said = (code + words)[:3]
            assert said[:1] in (b"4", b"5") and said.isdigit() and said != b"421", lines
            assert lines[2] == "close, 0" and "may or may not have been delivered" in lines[3]
            assert err.count("may or may not have been delivered") == 1, err  # (stderr too)
            return
        assert lines[-1] == "status, 1", lines
    else:  # not sent, or "may or may not" when the data had gone out
        assert info.startswith("SMTP server 127.0.0.1:"), lines
        assert server.received == [] or "may or may not" in info or "end of data" in info, lines
        assert lines[-1] == "status, 3", lines
    assert err == "", err


@settings(_CI, max_examples=15)
@given(step=st.sampled_from(STEPS[1:]), code=st.sampled_from(CODES),
       words=st.binary(max_size=120), hang_up=st.booleans())
def test_any_reply_on_an_asynchronous_session_is_one_outcome(step: bytes, code: bytes,
                                                             words: bytes, hang_up: bool) -> None:
    server = Server({step: code + words + b"\r\n"},
                    hang_up_after=frozenset({step}) if hang_up else frozenset())
    lines, err = run(server, asynchronous=True, timeout=WAIT)
    if lines[0] == "start 0":  # EHLO's answer decides at the start, as for a synchronous one
        assert lines[1].startswith("SMTP server 127.0.0.1:") and server.received == [], lines
        return
    assert lines[0] == "send, 1", lines  # queued
    if lines[-1] == "status, 1":
        assert len(server.received) == 1 and lines[2] == "close, 1" and err == "", lines
    else:
        assert lines[-1] == "status, 3" and lines[2] == "close, 0", lines
        assert err.count("Email: message <") == 1, err
        assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for c in err.rstrip("\n")), err
