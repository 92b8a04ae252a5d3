"""A scripted SMTP server on 127.0.0.1 and the script run against it, for the tests of
misbehaving servers (test_mail_misbehaving_send.py, test_mail_reply_fuzz.py): a plain
server but for the replies a test sets, one message to two recipients, and what the
script sees (EmailSendMessage, ErrorInfo, EmailCloseSession, EmailStatus)."""
from __future__ import annotations

import io
import socket
import struct
import threading
from dataclasses import dataclass, field

from loopback import RawServer, read_command
from wlinterp.engine import run_source

SCRIPT = """EmailSetTimeOut({timeout})
IF EmailStartSMTPSession("u", "127.0.0.1", {port}, {asynchronous}) THEN
    Email.Sender = "a@example.test"
    Email.Recipient[1] = "b@example.test"
    Email.Recipient[2] = "c@example.test"
    Email.Subject = "s"
    Email.Message = "m"
    Trace("send", EmailSendMessage("u"))
    Trace(ErrorInfo())
    Trace("close", EmailCloseSession("u"))
    Trace(ErrorInfo())
    Trace("status", EmailStatus(Email.MailIdentifier))
ELSE
    Trace("start 0")
    Trace(ErrorInfo())
END
"""


@dataclass
class Server:
    """A plain SMTP server but for the replies in `replies` (b"GREET", b"RCPT2": the second
    RCPT, b".": end of data; b"QUIT"); `hang_up_after` the verbs after whose reply it
    closes the connection; `reset_on_quit` answers QUIT with a TCP reset."""

    replies: dict[bytes, bytes] = field(default_factory=dict)
    reset_on_quit: bool = False
    hang_up_after: frozenset[bytes] = frozenset()
    received: list[bytes] = field(default_factory=list)

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        if not self._answer(conn, b"GREET", b"220 raw.test ESMTP\r\n"):
            return
        recipients = 0
        while (line := read_command(conn, stop)):
            verb = line[:4].upper()
            if verb == b"QUIT":
                if self.reset_on_quit:  # SO_LINGER 0: the close sends RST, not FIN
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                else:
                    conn.sendall(self.replies.get(b"QUIT", b"221 bye\r\n"))
                return
            if verb == b"RCPT":
                recipients += 1
                verb = b"RCPT2" if recipients == 2 else verb
            if not self._answer(conn, verb, b"354 go\r\n" if verb == b"DATA" else b"250 ok\r\n"):
                return
            if verb == b"DATA":
                body = b""
                while (line := read_command(conn, stop)) and line != b".\r\n":
                    body += line
                if not line:
                    return
                self.received.append(body)
                if not self._answer(conn, b".", b"250 queued\r\n"):
                    return

    def _answer(self, conn: socket.socket, verb: bytes, normal: bytes) -> bool:
        """Send `verb`'s reply; False when the connection is to end after it."""
        conn.sendall(self.replies.get(verb, normal))
        return verb not in self.hang_up_after


def run(server: Server, asynchronous: bool = False, timeout: str = "20") -> tuple[list[str], str]:
    """The script against `server`: (the lines it traced, stderr)."""
    raw = RawServer(server)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(SCRIPT.format(port=raw.port, asynchronous=asynchronous, timeout=timeout),
                   "odd.wl", stdout=out, stderr=err)
    finally:
        raw.close()
    assert "Traceback" not in out.getvalue() + err.getvalue()
    return out.getvalue().splitlines(), err.getvalue()
