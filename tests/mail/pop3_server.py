"""A small POP3 server (RFC 1939, with CAPA/STLS of RFC 2595) for the reading tests.

Runs on 127.0.0.1 only, through loopback.RawServer: every wait is bounded by the
server's stop event, so a test that fails leaves no thread behind. The mailbox is a list
of message sources; DELE marks, QUIT removes (as POP3 defines), RSET unmarks. Commands are
recorded (the password as PASS ***, so a test can check it was or was not sent).
"""
from __future__ import annotations

import base64
import socket
import ssl
import threading
from dataclasses import dataclass, field
from typing import Any, TypeVar

from loopback import RawServer, read_command


class LoopbackMailbox:
    """What the POP3 and IMAP test servers share: a RawServer on 127.0.0.1 whose each
    connection (wrapped in TLS first when `ssl_context` is set) is one `conversation`."""

    ssl_context: ssl.SSLContext | None
    server: RawServer | None
    conversation: Any

    @property
    def port(self) -> int:
        assert self.server is not None
        return self.server.port

    def start(self: T) -> T:
        self.server = RawServer(self._session)  # type: ignore[attr-defined]
        return self

    def close(self) -> None:
        if self.server is not None:
            self.server.close()

    def _session(self, conn: socket.socket, stop: threading.Event) -> None:
        if self.ssl_context is not None:
            conn.settimeout(5)
            conn = self.ssl_context.wrap_socket(conn, server_side=True)
        self.conversation(self, conn, stop).run()


T = TypeVar("T", bound=LoopbackMailbox)


def send_slowly(conn: socket.socket, data: bytes, stop: threading.Event,
                trickle: float | None) -> None:
    """Send `data` at once, or one byte every `trickle` seconds (a server that trickles
    just fast enough to beat every socket timeout) until it is all sent or `stop` is set."""
    if trickle is None:
        conn.sendall(data)
        return
    for i in range(len(data)):
        conn.sendall(data[i:i + 1])
        if stop.wait(trickle):
            return


@dataclass
class Pop3Mailbox(LoopbackMailbox):
    messages: list[bytes]
    user: str = "alice@example.test"
    password: str = "s3cr3t-Pa55"
    stls_context: ssl.SSLContext | None = None
    """Offer STLS (CAPA) with this context."""
    ssl_context: ssl.SSLContext | None = None
    """Implicit TLS from the first byte."""
    uidl: bool = True
    list_lines: list[bytes] | None = None
    """LIST answers these lines instead of the mailbox's (a lying server)."""
    uidl_lines: list[bytes] | None = None
    """UIDL answers these lines instead of the mailbox's."""
    trickle: float | None = None
    """RETR, TOP and QUIT answers go one byte every `trickle` seconds."""
    token: str = ""
    """An OAuth token AUTH XOAUTH2 accepts (none: AUTH is refused)."""
    quit_reply: str = "+OK bye"
    """QUIT's answer; with "-ERR ...", the deletions are not committed."""
    hang_up_on: str = ""
    """A verb (RETR...) the server answers by closing the connection, deletions kept."""
    cut_after: int | None = None
    """RETR answers stop after this many bytes of the message, the connection closed."""
    commands: list[str] = field(default_factory=list)
    server: RawServer | None = None

    def __post_init__(self) -> None:
        self.conversation = _Conversation


class _Conversation:
    """One client's conversation with the mailbox."""

    def __init__(self, box: Pop3Mailbox, conn: socket.socket, stop: threading.Event) -> None:
        self.box, self.conn, self.stop = box, conn, stop
        self.user = ""
        self.logged_in = False
        self.deleted: set[int] = set()

    def send(self, line: str) -> None:
        self.conn.sendall(line.encode() + b"\r\n")

    def send_lines(self, first: str, lines: list[bytes], trickle: float | None = None) -> None:
        body = b"".join((b"." + l if l.startswith(b".") else l) + b"\r\n" for l in lines)
        send_slowly(self.conn, first.encode() + b"\r\n" + body + b".\r\n", self.stop, trickle)

    def _message(self, arg: str) -> int:
        n = int(arg) if arg.isdigit() else 0
        return n if 1 <= n <= len(self.box.messages) and n not in self.deleted else 0

    def run(self) -> None:
        self.send("+OK test POP3 server ready")
        while not self.stop.is_set():
            raw = read_command(self.conn, self.stop)
            if not raw:
                return
            words = raw.decode("utf-8", "replace").strip().split(" ")
            verb, args = words[0].upper(), words[1:]
            self.box.commands.append("PASS ***" if verb == "PASS" else
                                     "AUTH XOAUTH2 ***" if verb == "AUTH" else " ".join(words))
            if verb == self.box.hang_up_on:
                return
            if verb == "QUIT":
                if self.box.quit_reply.startswith("+"):
                    for n in sorted(self.deleted, reverse=True):
                        del self.box.messages[n - 1]
                send_slowly(self.conn, self.box.quit_reply.encode() + b"\r\n", self.stop,
                            self.box.trickle)
                return
            self.answer(verb, args)

    def answer(self, verb: str, args: list[str]) -> None:
        box = self.box
        if verb == "CAPA":
            caps = ["USER", "TOP"] + (["UIDL"] if box.uidl else [])
            caps += ["STLS"] if box.stls_context is not None else []
            self.send_lines("+OK capabilities", [c.encode() for c in caps])
        elif verb == "STLS" and box.stls_context is not None:
            self.send("+OK begin TLS")
            self.conn.settimeout(5)
            self.conn = box.stls_context.wrap_socket(self.conn, server_side=True)
        elif verb == "USER":
            self.user = " ".join(args)
            self.send("+OK")
        elif verb == "PASS":
            self.logged_in = self.user == box.user and " ".join(args) == box.password
            self.send("+OK logged in" if self.logged_in else "-ERR [AUTH] invalid login")
        elif verb == "AUTH" and args[:1] == ["XOAUTH2"] and box.token and len(args) == 2:
            blob = base64.b64decode(args[1]).decode("utf-8", "replace")
            self.logged_in = blob == f"user={box.user}\x01auth=Bearer {box.token}\x01\x01"
            if self.logged_in:
                self.send("+OK authenticated")
                return
            self.send("+ " + base64.b64encode(b'{"status":"401"}').decode())
            read_command(self.conn, self.stop)  # the client's empty line
            self.send("-ERR [AUTH] invalid token")
        elif not self.logged_in:
            self.send("-ERR log in first")
        else:
            self.transaction(verb, args)

    def transaction(self, verb: str, args: list[str]) -> None:
        box = self.box
        live = [n for n in range(1, len(box.messages) + 1) if n not in self.deleted]
        n = self._message(args[0]) if args else 0
        if verb == "STAT":
            self.send(f"+OK {len(live)} {sum(len(box.messages[i - 1]) for i in live)}")
        elif verb == "LIST":
            listed = [f"{i} {len(box.messages[i - 1])}".encode() for i in live]
            self.send_lines("+OK", listed if box.list_lines is None else box.list_lines)
        elif verb == "UIDL" and box.uidl:
            ids = [f"{i} uid-{i:04d}".encode() for i in live]
            self.send_lines("+OK", ids if box.uidl_lines is None else box.uidl_lines)
        elif verb in ("RETR", "TOP") and n:
            data = box.messages[n - 1]
            if verb == "TOP":
                data = data.split(b"\r\n\r\n", 1)[0] + b"\r\n"
            if verb == "RETR" and box.cut_after is not None:
                self.conn.sendall(b"+OK\r\n" + data[:box.cut_after])
                raise ConnectionAbortedError("cut")  # (RawServer closes the connection)
            self.send_lines("+OK", data.rstrip(b"\r\n").split(b"\r\n"), box.trickle)
        elif verb == "DELE" and n:
            self.deleted.add(n)
            self.send(f"+OK message {n} deleted")
        elif verb == "RSET":
            self.deleted.clear()
            self.send("+OK")
        elif verb == "NOOP":
            self.send("+OK")
        else:
            self.send("-ERR no such message or command")
