"""A small IMAP4rev1 server (RFC 3501 subset) for the reading tests.

127.0.0.1 only, through loopback.RawServer (every wait bounded by its stop event). Folders
hold messages as [uid, flags, source]; what the client tool needs is served: CAPABILITY,
STARTTLS, LOGIN, LIST, SELECT, CREATE, DELETE, FETCH/UID FETCH (UID, FLAGS, RFC822.SIZE,
BODY[], BODY.PEEK[HEADER]), UID SEARCH, UID STORE, UID COPY, CLOSE, EXPUNGE, NOOP, LOGOUT.
Commands are recorded, the password as `LOGIN user ***`.
"""
from __future__ import annotations

import base64
import re
import socket
import ssl
import threading
from dataclasses import dataclass, field

from loopback import RawServer, read_command
from pop3_server import LoopbackMailbox, send_slowly

_WORD = re.compile(r'"((?:[^"\\]|\\.)*)"|(\([^)]*\))|(\S+)')


def _words(text: str) -> list[str]:
    out = []
    for m in _WORD.finditer(text):
        if m.group(1) is not None:
            out.append(re.sub(r"\\(.)", r"\1", m.group(1)))
        else:
            out.append(m.group(2) or m.group(3))
    return out


@dataclass
class ImapMailbox(LoopbackMailbox):
    folders: dict[str, list[list]]
    """Folder name -> [[uid, set of flags, source bytes], ...]."""
    user: str = "alice@example.test"
    password: str = "s3cr3t-Pa55"
    stls_context: ssl.SSLContext | None = None
    ssl_context: ssl.SSLContext | None = None
    commands: list[str] = field(default_factory=list)
    next_uid: int = 100
    announce: int | str | None = None
    """BODY[] literals announce this size instead of the message's (a lying server; a
    string for sizes of more digits than Python turns into text)."""
    trickle: float | None = None
    """BODY[] answers go one byte every `trickle` seconds."""
    cut_after: int | None = None
    """BODY[] literals stop after this many bytes of the message, the connection closed."""
    close_reply: str = ""
    """CLOSE's answer instead of OK (e.g. "NO locked"): the deleted messages then stay."""
    untagged: dict[str, list[bytes]] = field(default_factory=dict)
    """A command ("LIST", "UID FETCH", "UID SEARCH") answered with these untagged lines
    (sent as they are, after `* `) and OK, instead of the mailbox's (a garbage server)."""
    bare_status: bool = False
    """Tagged answers carry their status alone (`a1 OK`, `a2 NO`): no code, no text, which
    RFC 9051 allows (Appendix E, 23) and some IMAP4rev1 servers send."""
    token: str = ""
    """An OAuth token AUTHENTICATE XOAUTH2 accepts (none: XOAUTH2 is refused)."""
    server: RawServer | None = None

    @classmethod
    def with_inbox(cls, *messages: bytes, **kwargs) -> "ImapMailbox":
        box = cls({"INBOX": [[i, set(), m] for i, m in enumerate(messages, 1)]}, **kwargs)
        return box

    def __post_init__(self) -> None:
        self.conversation = _Conversation


class _Conversation:
    def __init__(self, box: ImapMailbox, conn: socket.socket, stop: threading.Event) -> None:
        self.box, self.conn, self.stop = box, conn, stop
        self.logged_in = False
        self.selected: str | None = None

    def send(self, line: str | bytes) -> None:
        data = line if isinstance(line, bytes) else line.encode("utf-8", "surrogateescape")
        if self.box.bare_status and not data.startswith((b"*", b"+")):
            data = b" ".join(data.split(b" ")[:2])
        self.conn.sendall(data + b"\r\n")

    def run(self) -> None:
        self.send("* OK test IMAP server ready")
        while not self.stop.is_set():
            raw = read_command(self.conn, self.stop)
            if not raw:
                return
            text = raw.decode("utf-8", "replace").rstrip("\r\n")
            tag, _, rest = text.partition(" ")
            words = _words(rest)
            if not words:
                self.send(f"{tag} BAD empty command")
                continue
            verb = words[0].upper()
            shown = f"LOGIN {words[1]} ***" if verb == "LOGIN" and len(words) > 1 else rest
            self.box.commands.append(shown)
            if verb == "LOGOUT":
                self.send("* BYE")
                self.send(f"{tag} OK LOGOUT done")
                return
            try:
                self.answer(tag, verb, words[1:])
            except (IndexError, ValueError, KeyError):
                self.send(f"{tag} BAD malformed command")

    def answer(self, tag: str, verb: str, args: list[str]) -> None:
        box = self.box
        if verb == "CAPABILITY":
            caps = "IMAP4rev1" + (" STARTTLS" if box.stls_context and not self._tls() else "")
            self.send(f"* CAPABILITY {caps}")
            self.send(f"{tag} OK CAPABILITY done")
        elif verb == "STARTTLS" and box.stls_context is not None:
            self.send(f"{tag} OK begin TLS")
            self.conn.settimeout(5)
            self.conn = box.stls_context.wrap_socket(self.conn, server_side=True)
        elif verb == "NOOP":
            self.send(f"{tag} OK NOOP done")
        elif verb == "LOGIN":
            self.logged_in = args[0] == box.user and args[1] == box.password
            self.send(f"{tag} OK logged in" if self.logged_in
                      else f"{tag} NO [AUTHENTICATIONFAILED] invalid credentials")
        elif verb == "AUTHENTICATE" and args[0].upper() == "XOAUTH2" and box.token:
            self.xoauth2(tag)
        elif not self.logged_in:
            self.send(f"{tag} BAD log in first")
        else:
            self.authenticated(tag, verb, args)

    def xoauth2(self, tag: str) -> None:
        """AUTHENTICATE XOAUTH2 as Gmail answers it: `+`, the client's base64 line; a wrong
        token gets a `+` JSON error, the client's empty line, then NO."""
        self.send("+ ")
        line = read_command(self.conn, self.stop).strip()
        blob = base64.b64decode(line).decode("utf-8", "replace")
        self.box.commands.append("AUTHENTICATE XOAUTH2 " + blob.split("\x01")[0])
        if blob == f"user={self.box.user}\x01auth=Bearer {self.box.token}\x01\x01":
            self.logged_in = True
            self.send(f"{tag} OK authenticated")
            return
        self.send("+ " + base64.b64encode(b'{"status":"401"}').decode())
        read_command(self.conn, self.stop)
        self.send(f"{tag} NO [AUTHENTICATIONFAILED] invalid token")

    def _tls(self) -> bool:
        return isinstance(self.conn, ssl.SSLSocket)

    def authenticated(self, tag: str, verb: str, args: list[str]) -> None:
        box = self.box
        command = f"{verb} {args[0].upper()}" if verb == "UID" else verb
        if command in box.untagged and (verb != "UID" or self.selected is not None):
            for line in box.untagged[command]:
                self.send(b"* " + line)
            self.send(f"{tag} OK {command} done")
        elif verb == "LIST":
            for name in box.folders:
                self.send(f'* LIST (\\HasNoChildren) "/" "{name}"')
            self.send(f"{tag} OK LIST done")
        elif verb in ("SELECT", "EXAMINE"):
            if args[0] not in box.folders:
                self.send(f"{tag} NO no such folder")
                return
            self.selected = args[0]
            self.send(f"* {len(box.folders[args[0]])} EXISTS")
            self.send(f"{tag} OK [READ-WRITE] SELECT done")
        elif verb == "CREATE":
            if args[0] in box.folders:
                self.send(f"{tag} NO folder exists")
            else:
                box.folders[args[0]] = []
                self.send(f"{tag} OK CREATE done")
        elif verb == "DELETE":
            if args[0] == "INBOX" or args[0] not in box.folders:
                self.send(f"{tag} NO cannot delete")
            else:
                del box.folders[args[0]]
                self.send(f"{tag} OK DELETE done")
        elif self.selected is None:
            self.send(f"{tag} BAD no folder selected")
        else:
            self.in_folder(tag, verb, args)

    def in_folder(self, tag: str, verb: str, args: list[str]) -> None:
        box = self.box
        messages = box.folders[self.selected]
        if verb == "CLOSE" and box.close_reply:
            self.send(f"{tag} {box.close_reply}")
        elif verb in ("CLOSE", "EXPUNGE"):
            messages[:] = [m for m in messages if "\\Deleted" not in m[1]]
            if verb == "CLOSE":
                self.selected = None
            self.send(f"{tag} OK {verb} done")
        elif verb == "FETCH":
            self.fetch(tag, messages, list(enumerate(messages, 1)), args[1], by_uid=False)
        elif verb == "UID":
            sub = args[0].upper()
            chosen = [(i, m) for i, m in enumerate(messages, 1) if _in_set(m[0], args[1])]
            if sub == "SEARCH":
                self.send("* SEARCH " + " ".join(str(m[0]) for m in messages))
                self.send(f"{tag} OK SEARCH done")
            elif sub == "FETCH":
                self.fetch(tag, messages, chosen, args[2], by_uid=True)
            elif sub == "STORE":
                flags = set(args[3].strip("()").split())
                for _, m in chosen:
                    m[1] = m[1] | flags if args[2].startswith("+") else m[1] - flags
                self.send(f"{tag} OK STORE done")
            elif sub == "COPY":
                if args[2] not in box.folders:
                    self.send(f"{tag} NO [TRYCREATE] no such folder")
                    return
                for _, m in chosen:
                    box.next_uid += 1
                    box.folders[args[2]].append([box.next_uid, set(m[1]), m[2]])
                self.send(f"{tag} OK COPY done")
            else:
                self.send(f"{tag} BAD unknown UID command")
        else:
            self.send(f"{tag} BAD unknown command")

    def fetch(self, tag: str, messages: list, chosen: list, items: str, by_uid: bool) -> None:
        box = self.box
        wanted = items.upper()
        for number, (uid, flags, source) in chosen:
            parts = [f"UID {uid}"]
            if "FLAGS" in wanted:
                parts.append(f"FLAGS ({' '.join(sorted(flags))})")
            if "RFC822.SIZE" in wanted:
                parts.append(f"RFC822.SIZE {len(source)}")
            if "BODY.PEEK[HEADER]" in wanted:
                header = source.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
                self.conn.sendall(f"* {number} FETCH ({' '.join(parts)} BODY[HEADER] "
                                  f"{{{len(header)}}}\r\n".encode() + header + b")\r\n")
            elif "BODY[]" in wanted:
                flags.add("\\Seen")
                size = len(source) if box.announce is None else box.announce
                if box.cut_after is not None:
                    self.conn.sendall(f"* {number} FETCH ({' '.join(parts)} BODY[] "
                                      f"{{{size}}}\r\n".encode() + source[:box.cut_after])
                    raise ConnectionAbortedError("cut")  # (RawServer closes the connection)
                send_slowly(self.conn, f"* {number} FETCH ({' '.join(parts)} BODY[] "
                            f"{{{size}}}\r\n".encode() + source + b")\r\n", self.stop,
                            box.trickle)
            else:
                self.send(f"* {number} FETCH ({' '.join(parts)})")
        self.send(f"{tag} OK FETCH done")


def _in_set(uid: int, spec: str) -> bool:
    for piece in spec.split(","):
        low, _, high = piece.partition(":")
        top = 10**9 if high == "*" else int(high or low)
        if (10**9 if low == "*" else int(low)) <= uid <= top:
            return True
    return False
