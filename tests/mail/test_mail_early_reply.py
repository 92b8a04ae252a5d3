"""An SMTP server refusing a message before its data's end (NET, 7 Dec 2026; docs/email.md
"Fault catalogue"): RFC 5321 gives it no reply there, but servers refusing a message too
big or infected answer 552/554 at once, then stop reading, read on without keeping it, or
close the connection. The script was told "the server took no more of the message data
for 5 s" (after waiting that long: ten minutes by default) or "the server closed the
connection", the server's reason lost; now the sending stops when the server speaks, and
the refusal is said in its words (wlinterp/mail/message_data.py). The session's next
message opens a new connection and is sent. Raw servers on 127.0.0.1, English and French."""
from __future__ import annotations

import re
import socket
import threading

import pytest

from loopback import read_command, traced_against

EN = """EmailSetTimeOut(5)
IF EmailStartSMTPSession("u", "127.0.0.1", {port}) THEN
    Email.Sender = "a@example.test"
    Email.Recipient[1] = "b@example.test"
    Email.Subject = "big"
    Email.Message = Repeat("0123456789abcdef", 1000000)
    Trace(EmailSendMessage("u"), ErrorInfo())
    Email.Message = "small"
    Trace(EmailSendMessage("u"), ErrorInfo())
    Trace(EmailCloseSession("u"))
END
"""
FR = """EmailChangeTimeOut(5)
SI EmailOuvreSessionSMTP("u", "127.0.0.1", {port}) ALORS
    Email.Expediteur = "a@example.test"
    Email.Destinataire[1] = "b@example.test"
    Email.Sujet = "gros"
    Email.Message = Répète("0123456789abcdef", 1000000)
    Trace(EmailEnvoieMessage("u"), ErreurInfo())
    Email.Message = "small"
    Trace(EmailEnvoieMessage("u"), ErreurInfo())
    Trace(EmailFermeSession("u"))
FIN
"""
SIZE = 16_000_000


class Refusing:
    """An SMTP server whose first DATA is answered `reply` after 100 KB of the message;
    `then`: "read" (it reads on, keeping nothing, and counts what came after its reply),
    "stop" (it reads no more) or "close". Later connections take their message."""

    def __init__(self, reply: bytes, then: str) -> None:
        self.reply, self.then = reply, then
        self.connections, self.after, self.small = 0, 0, False

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        self.connections += 1
        first = self.connections == 1
        conn.sendall(b"220 raw.test ESMTP\r\n")
        while (line := read_command(conn, stop)):
            verb = line[:4].upper()
            if verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            if verb != b"DATA":
                conn.sendall(b"250 ok\r\n")
                continue
            conn.sendall(b"354 go on\r\n")
            conn.settimeout(5)
            if first:
                return self._refuse(conn, stop)
            data = b""
            while not data.endswith(b"\r\n.\r\n") and not stop.is_set():
                data += conn.recv(65536)
            self.small = b"small" in data
            conn.sendall(b"250 queued\r\n")

    def _refuse(self, conn: socket.socket, stop: threading.Event) -> None:
        came = 0
        while came < 100_000:
            came += len(conn.recv(65536))
        for part in self.reply:
            conn.sendall(part)
            stop.wait(0.2)  # (a reply in parts: the client waits for its last line)
        if self.then == "read":
            conn.settimeout(1)
            while (piece := conn.recv(65536)):
                self.after += len(piece)
        elif self.then == "stop":
            stop.wait(20)  # (bounded: the test's close ends it at once)


def _run(server: Refusing, code: str) -> list[str]:
    """The script's lines against `server`, its port said PORT."""
    return [re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", line)
            for line in traced_against(server, code)]


REFUSED = ("0, SMTP server 127.0.0.1:PORT, sending the message data (not delivered): the "
           "server replied {words}; it answered before the end of the message's data, and "
           "the connection was closed.")
CASES = {
    "reads-on": ([b"552 5.3.4 message too big for this server\r\n"], "read",
                 REFUSED.format(words="552 5.3.4 message too big for this server")),
    "stops-reading": ([b"552 5.3.4 message too big for this server\r\n"], "stop",
                      REFUSED.format(words="552 5.3.4 message too big for this server")),
    "closes": ([b"554 5.7.1 virus found\r\n"], "close",
               REFUSED.format(words="554 5.7.1 virus found")),
    "in-parts": ([b"552-5.3.4 message", b" too big\r\n552 5.3.4 try smaller\r\n"], "stop",
                 REFUSED.format(words="552 5.3.4 message too big 5.3.4 try smaller")),
    "no-reply": ([b"\x1b[2Jwhat\r\n"], "stop",
                 "0, SMTP server 127.0.0.1:PORT, sending the message data (not delivered): "
                 "the server sent '\\x1b[2Jwhat' before the end of the message's data, "
                 "which is no SMTP reply; the connection was closed."),
}


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_refusal_before_the_data_s_end_is_said(case: str, code: str) -> None:
    parts, then, said = CASES[case]
    server = Refusing(parts, then)
    assert _run(server, code) == [said, "1, ", "1"]
    assert server.connections == 2 and server.small  # the next message, sent anew


def test_the_sending_stops_when_the_server_speaks() -> None:
    """A server reading on after its refusal got the whole message (16 MB) before the
    client looked for its reply: now what comes after the reply is what the system's
    buffers held (a few MB on loopback), never the rest of the message."""
    server = Refusing([b"552 5.3.4 message too big for this server\r\n"], "read")
    assert _run(server, EN)[0] == CASES["reads-on"][2]
    assert server.after < SIZE // 2, server.after
