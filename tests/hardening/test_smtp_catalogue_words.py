"""The SMTP fault catalogue (docs/email.md "Fault catalogue") read against a demanding
list of misbehaving servers, each case asserting the words the script gets, where the
matrix (test_smtp_fault_matrix.py) and test_smtp_odd_replies.py assert only an outcome:
a greeting refused with 554, multi-line replies whose lines carry different codes, a
final dot never answered, a server trickling one byte each quarter second. Raw socket servers on
127.0.0.1 (test_smtp_odd_replies.Server), the matrix's script, bounded by EmailSetTimeOut.
"""
from __future__ import annotations

import pytest

from smtp_matrix import ERROR, SENT
from test_smtp_odd_replies import Server, assert_one_outcome, run


def test_a_greeting_refused_with_554_fails_the_start_quoting_it():
    """RFC 5321 3.1: 554 instead of 220 means no service; nothing more is said to it."""
    server = Server(replies={b"GREET": b"554 5.7.1 no service for 192.0.2.1\r\n"})
    lines, err = run(server)
    assert_one_outcome(lines, err, server.received)
    assert lines[0] == "start 0", lines
    assert "server greeting: the server replied 554 5.7.1 no service for 192.0.2.1" \
        in lines[1], lines
    assert server.commands in ([], [b"QUIT"]), server.commands


@pytest.mark.parametrize("verb, reply, outcome, words", [
    (b"RCPT", b"250-2.1.5 first line\r\n550 5.1.1 no such user\r\n", "0",
     "2 of 2 recipient(s) refused: <b@example.org> (550 (its lines carry different codes, "
     "each as sent: '250-2.1.5 first line', then '550 5.1.1 no such user'))"),
    (b"MAIL", b"250-2.1.0 ok so far\r\n553 5.1.8 sender refused\r\n", "0",
     "MAIL FROM <a@example.org>: the server replied 553 (its lines carry different codes, "
     "each as sent: '250-2.1.0 ok so far', then '553 5.1.8 sender refused'); the message "
     "was not sent."),
    (b".", b"250-2.0.0 queued as 12\r\n451 4.3.0 lost it\r\n", "0",
     "end of data: the server replied 451 (its lines carry different codes, each as sent: "
     "'250-2.0.0 queued as 12', then '451 4.3.0 lost it'); the message was not sent."),
    (b".", b"451-4.3.0 trouble\r\n250 2.0.0 queued anyway\r\n", "1", ""),
    (b"MAIL", b"250-ok\r\n250-still \x1b[2J ok\r\n550 5.7.1 no\rinjected\r\n", "0",
     "the server replied 550 (its lines carry different codes, each as sent: '250-ok', "
     "then '250-still \\x1b[2J ok', then '550 5.7.1 no injected'); the message was not "
     "sent."),
])
def test_a_multi_line_reply_with_mixed_codes_is_judged_by_its_last_line(verb, reply, outcome,
                                                                      words):
    """RFC 5321 4.2.1 wants one code on every line; a server mixing them is judged by
    the last line's code (as smtplib reads it, and the line a client acts on), and the
    script is told that code and every line as the server sent it, its code and all,
    one after the other (run together, "553 2.1.0 ok so far 5.1.8 sender refused" hid
    that the server first said 250); control characters escaped, never raw."""
    server = Server(replies={verb: reply})
    lines, err = run(server)
    assert_one_outcome(lines, err, server.received)
    assert lines[0].split() == ["send", outcome, SENT if outcome == "1" else ERROR], lines
    assert words in lines[1], lines
    assert "\r" not in lines[1] and "\x1b" not in lines[1], lines


def test_a_final_dot_never_answered_leaves_the_message_s_fate_unknown():
    """The server read the whole message and never said 250: the timeout ends the wait
    and the script is told the message may or may not have been delivered, never sent,
    never retried (one message received)."""
    server = Server(replies={b".": b""})
    lines, err = run(server, timeout=1.0)
    assert_one_outcome(lines, err, server.received, waits=1)  # (the one wait: the dot's)
    assert lines[0].split() == ["send", "0", ERROR], lines
    assert "end of data (the whole message was sent and no answer to it came: the server " \
        "may or may not have accepted it): no answer from the server within 1 s (see " \
        "EmailSetTimeOut)." in lines[1], lines
    assert len(server.received) == 1 and server.commands.count(b"DATA") == 1


@pytest.mark.parametrize("verb, step", [(b"MAIL", "MAIL FROM"), (b"RCPT", "RCPT TO")])
def test_a_reply_trickling_a_byte_a_second_fails_the_step_in_words(verb, step):
    """One byte each 0.25 s never lets a single wait reach EmailSetTimeOut (0.5 s), so
    only the overall limit (3 times it, 1.5 s) ends the step; nothing was delivered. (It
    was a byte a second under 2 s: the same ratio, the step's end a quarter as long.)"""
    server = Server(drip={verb: 0.25})
    lines, err = run(server, timeout=0.5)
    assert_one_outcome(lines, err, server.received)
    assert lines[0].split() == ["send", "0", ERROR], lines
    assert step in lines[1] and "did not finish within its overall limit" in lines[1], lines
    assert server.received == [] and b"DATA" not in server.commands, server.commands
