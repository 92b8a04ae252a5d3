"""A server that sends a reply no command asked for (a second reply line after the one a
command awaited): the client reads one reply per command, so every later command read the
reply before its own. A DATA answered `354` then `250 queued` took that 250 for the final
dot's acceptance: a message the server then refused (554) was reported sent, the worst
case (docs/email.md, "Replies no command asked for"). Before each command, and before the
message's data, whatever the server has sent unasked now fails the step in words, the
connection closed; a 421 sent unasked is still read and said as the server closing (RFC
5321, 3.8). Against the scripted server on 127.0.0.1 (scripted_smtp.py); synchronous and
asynchronous sessions.
"""
from __future__ import annotations

import pytest
from scripted_smtp import Server, run

UNASKED = "when no command was waiting for a reply: its replies no longer answer the commands"


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_second_reply_to_data_is_not_the_messages_acceptance(asynchronous):
    """354, then `250 queued` at once; the final dot would get 554: the message was
    reported sent. Now nothing of it is sent and the script is told why."""
    server = Server({b"DATA": b"354 go ahead\r\n250 2.0.0 queued as 12345\r\n",
                     b".": b"554 5.7.1 rejected as spam\r\n"})
    lines, err = run(server, asynchronous)
    assert server.received == [] and lines[-1] == "status, 3", lines
    said = "\n".join(lines) + err
    assert f"sent '250 2.0.0 queued as 12345' {UNASKED}" in said, said
    # said at DATA when it came with the 354 (right behind it: replies.reply_in_step),
    # before the data when it came after the 354 had been read
    assert ", DATA: " in said or "sending the message data (not delivered)" in said, said
    assert lines[0] == ("send, 1" if asynchronous else "send, 0"), lines


def test_a_reply_nobody_asked_for_after_mail_from_fails_the_next_step():
    """MAIL FROM's 250, then another: RCPT TO would read it as its own. Said at MAIL FROM
    when it came right behind MAIL FROM's reply (replies.reply_in_step), else at RCPT TO;
    nothing sent."""
    server = Server({b"MAIL": b"250 2.1.0 ok\r\n250 and something else\r\n"})
    lines, _ = run(server)
    assert server.received == [] and lines[0] == "send, 0", lines
    assert lines[1].startswith("SMTP server 127.0.0.1:"), lines
    assert ", MAIL FROM: " in lines[1] or ", RCPT TO: " in lines[1], lines
    assert f"'250 and something else' {UNASKED}" in lines[1], lines


def test_a_421_sent_unasked_is_still_the_server_closing():
    """A server may send 421 at any time before it closes (RFC 5321, 3.8): read by the
    next command as before, and said in its words."""
    server = Server({b"MAIL": b"250 2.1.0 ok\r\n421 4.4.2 shutting down\r\n"},
                    hang_up_after=frozenset({b"MAIL"}))
    lines, _ = run(server)
    assert server.received == [] and lines[0] == "send, 0", lines
    assert "421 4.4.2 shutting down" in lines[1] and UNASKED not in lines[1], lines


def test_a_reply_after_the_dots_acceptance_leaves_the_message_sent():
    """The final dot's 250 came first: the message is sent; the stray line after it
    changes nothing the script sees (the connection is given up: transport.py
    `_dot_answered_twice`)."""
    server = Server({b".": b"250 2.0.0 queued\r\n250 stray\r\n"})
    lines, _ = run(server)
    assert len(server.received) == 1, lines
    assert lines[0] == "send, 1" and lines[-1] == "status, 1", lines
