"""IMAP sessions for reading e-mail (EmailStartIMAPSession ?1000019189, the read functions,
and the folder functions).

An `IMAPSession` offers the reading functions the same face as a POP3 session (pop3.py;
what both share is reading.py):
messages numbered 1..total in the current folder (the order of their UIDs when the folder
was selected), `fetch`, `delete`, `size`, `identifier`, plus what IMAP adds: the read
(\\Seen) flag, folders, copies. Same security rules as POP3 and SMTP (TLS verified,
STARTTLS required when asked, no cleartext password off loopback, no control character
in a command argument). Deleting sets \\Deleted; the server removes the message when the
folder is closed (changing folder, closing the session, the end of the run).
"""
from __future__ import annotations

__all__ = ["IMAPSession", "folder_name", "DEFAULT_IMAP_PORTS", "BYE_WORDS"]

import base64
import imaplib
from dataclasses import dataclass, field
from typing import Any, Callable, TypeVar

from .failures import reply_words
from .imap_answers import Garbage, fetch_index, fetched_source, folder_names, utf7_encode
from .imap_client import BYE_WORDS, IMAPClient, IMAPSSLClient
from .modes import Mode
from .read_failures import ASKED_AGAIN_WORDS
from .reading import CONTROL, ReadError, ReadingSession
from .security import BearerToken

DEFAULT_IMAP_PORTS = {Mode.PLAIN: 143, Mode.STARTTLS: 143, Mode.SSL: 993}
"""The port when none is given: 143, 993 for implicit TLS (RFC 8314)."""

T = TypeVar("T")




def folder_name(name: str, server: str) -> str:
    """The quoted, encoded form of a folder name; ReadError for a control character."""
    if CONTROL.search(name) or not name.strip():
        raise ReadError(server, "folder name", f"'{name}' is empty or holds a control "
                        "character")
    encoded = utf7_encode(name)
    return '"' + encoded.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass
class IMAPSession(ReadingSession):
    """An open IMAP session, its current folder and cursor."""

    protocol = "IMAP"
    folder: str = "INBOX"
    uids: list[int] = field(default_factory=list)
    flags: dict[int, set[str]] = field(default_factory=dict)
    sizes: dict[int, int] = field(default_factory=dict)
    deleted: set[int] = field(default_factory=set)
    current: int = 0

    def _ok(self, step: str, answer: tuple[str, list[Any]]) -> list[Any]:
        kind, data = answer
        if kind != "OK":
            text = reply_words(b" ".join(d for d in data if isinstance(d, bytes)))
            raise ReadError(self.server, step, self.quoted(
                f"the server replied {kind} {text}".rstrip()), self.protocol)
        return data

    # ------------------------------------------------------------ session

    def open(self) -> None:
        try:
            if self.mode is Mode.SSL:
                with self.step("connection (TLS)"):
                    self.client = IMAPSSLClient(self, self.host, self.port,
                                             ssl_context=self.context, timeout=self.timeout)
            else:
                with self.step("connection"):
                    self.client = IMAPClient(self, self.host, self.port, timeout=self.timeout)
            if self.mode is Mode.STARTTLS:
                with self.step("STARTTLS"):
                    self._starttls()
            oauth = isinstance(self.secret, BearerToken)
            with self.step("login (AUTHENTICATE XOAUTH2)" if oauth else "login (LOGIN)"):
                self._login()
            self.select("INBOX")
        except ReadError:
            self.abort()
            raise

    def _starttls(self) -> None:
        if "STARTTLS" not in self.client.capabilities:
            raise ReadError(self.server, "STARTTLS", "the server does not offer STARTTLS, "
                            "which emailOptionSecuredTLS requires; nothing was sent "
                            "(no password)", self.protocol)
        self.client.starttls(self.context)

    def _in_step(self, exc: BaseException) -> bool:
        """imaplib's `error` is a refusal answered in full (or a command not sent: a
        character IMAP cannot carry); its `abort`, like a lost connection, is not."""
        return isinstance(exc, UnicodeError) or (
            isinstance(exc, imaplib.IMAP4.error) and not isinstance(exc, imaplib.IMAP4.abort))

    def _login(self) -> None:
        if isinstance(self.secret, BearerToken):
            self._xoauth2()
            return
        password = self._password(self.client.sock)
        quoted = '"' + self.user.replace("\\", "\\\\").replace('"', '\\"') + '"'
        try:
            answer = self.client.login(quoted, password)
        except UnicodeEncodeError:  # the command is encoded whole before it is sent
            raise ReadError(self.server, "login (LOGIN)", "the user name or the password "
                            "holds a character that is not ASCII, which IMAP LOGIN cannot "
                            "carry; nothing was sent", self.protocol) from None
        self._ok("login (LOGIN)", answer)

    def _xoauth2(self) -> None:
        """AUTHENTICATE XOAUTH2 with the session's AuthToken (the emailIMAPSession's, as
        emailSMTPSession's: docs/email.md "OAuth"); a refused token's JSON challenge is
        answered with an empty line, and the server's NO fails the start. A server that
        asks again after that (a third challenge) is given up at once: imaplib answered
        each with an empty line for as long as the server asked, until the overall limit."""
        assert isinstance(self.secret, BearerToken)
        self._password(self.client.sock)  # the cleartext and control-character rules
        blob = base64.b64decode(self.secret.xoauth2(self.user))
        answered: list[bytes] = []

        def respond(challenge: bytes) -> bytes:
            answered.append(challenge)
            if len(answered) > 2:
                raise imaplib.IMAP4.abort(ASKED_AGAIN_WORDS)
            return blob if len(answered) == 1 else b""
        self._ok("login (AUTHENTICATE XOAUTH2)", self.client.authenticate("XOAUTH2", respond))

    @property
    def closing(self) -> str:
        """The close's step name: the commands `_goodbye` sends."""
        return f"closing the session ({'CLOSE, ' if self.deleted else ''}LOGOUT)"

    def _goodbye(self) -> None:
        """CLOSE (the deleted messages go) then LOGOUT. A CLOSE the server refuses (NO,
        BAD) fails the close after the LOGOUT: the deleted messages stayed, which the
        script must be told (it was ignored). With nothing deleted in the folder, LOGOUT
        alone: CLOSE would only expunge what others marked \\Deleted, and costs a wait.
        Once CLOSE is answered OK the deleted messages are gone (RFC 3501, 6.4.2): a LOGOUT
        failing then is said, but no longer as deleted messages that "may not have been
        removed" (reading.close's words), which sent a script to delete them again."""
        closing = self.client.state == "SELECTED" and self.deleted
        closed = self.client.close() if closing else ("OK", [])
        if closing and closed[0] == "OK":
            self.deleted.clear()
        self.client.logout()
        self._ok("closing the folder (CLOSE)", closed)

    def abort(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            try:
                client.shutdown()
            except OSError:
                pass

    # ------------------------------------------------------------ folders

    def select(self, folder: str) -> None:
        """Select `folder` (the previous one closed: its deleted messages go). A name
        refused before anything is sent keeps the current folder; once the previous
        folder is closed, a failure leaves no folder selected (as RFC 3501 6.3.1 says of
        a failed SELECT): folder "", no message, rather than the old folder's messages
        over a server that no longer has it open. CLOSE only when the session deleted
        messages there: the SELECT closes the folder without expunging (6.3.1), and
        CLOSE also removed what another client had marked \\Deleted (as `_goodbye`)."""
        quoted = folder_name(folder, self.server)
        step = f"opening the folder '{folder}' (SELECT)"
        closed = False  # the previous folder's CLOSE answered OK (its deletions made)
        try:
            with self.step(step):
                if self.client.state == "SELECTED" and self.deleted:
                    self._ok("closing the folder (CLOSE)", self.client.close())
                closed = True
                exists = self._ok(step, self.client.select(quoted))
                data = self._ok(step, self.client.uid("FETCH", "1:*",
                                                      "(UID FLAGS RFC822.SIZE)"))
            listed = self._read(step, "a message's UID, flags and size (FETCH)", fetch_index,
                                data)
            self._check_count(step, exists, listed[0])
        except ReadError as err:
            left, previous = (0 if closed else len(self.deleted)), self.folder
            self._show("", [], {}, {})
            if left:  # never lost silently: the session's close no longer knows of them
                raise err.adding(f"the {left} message(s) deleted in the folder "
                                 f"'{previous}' may not have been removed from the "
                                 "server") from None
            raise
        self._show(folder, *listed)

    def _check_count(self, step: str, exists: list[Any], uids: list[int]) -> None:
        """A folder SELECT said holds messages while FETCH listed none is a server that
        answered garbage or nothing, not an empty folder (it showed as one, silently)."""
        said = exists[-1] if exists else None
        count = int(said) if isinstance(said, bytes) and said.strip().isdigit() else 0
        if count and not uids:
            raise ReadError(self.server, step, f"the server said the folder holds {count} "
                            "message(s) (EXISTS), but its FETCH answer listed none",
                            self.protocol)

    def _show(self, folder: str, uids: list[int], flags: dict[int, set[str]],
              sizes: dict[int, int]) -> None:
        """What the read functions see: the folder's messages, none deleted or read yet."""
        self.folder, self.uids, self.flags, self.sizes = folder, uids, flags, sizes
        self.deleted, self.current = set(), 0

    def folders(self) -> list[str]:
        step = "listing the folders (LIST)"
        with self.step(step):
            data = self._ok(step, self.client.list())
        return self._read(step, "a LIST line (attributes, delimiter, name)", folder_names,
                          data)

    def _read(self, step: str, what: str, reader: Callable[[list[Any]], T],
              data: list[Any]) -> T:
        """`reader(data)`, or a ReadError quoting the line that is not `what` (the
        conversation is in step: the server answered in full)."""
        try:
            return reader(data)
        except Garbage as bad:
            raise ReadError(self.server, step, self.quoted(
                f"the server's answer is not {what}: '{reply_words(bad.line)}'"),
                self.protocol) from None

    def folder_command(self, verb: str, folder: str) -> None:
        """CREATE or DELETE a folder."""
        step = f"{'creating' if verb == 'create' else 'deleting'} the folder '{folder}'"
        with self.step(step):
            self._ok(step, getattr(self.client, verb)(folder_name(folder, self.server)))

    def copy(self, number: int, folder: str) -> None:
        step = f"copying message {number} to '{folder}' (COPY)"
        with self.step(step):
            self._ok(step, self.client.uid("COPY", str(self.uids[number - 1]),
                                           folder_name(folder, self.server)))

    # ------------------------------------------------------------ messages

    @property
    def total(self) -> int:
        return len(self.uids)

    def exists(self, number: int) -> bool:
        return 1 <= number <= len(self.uids) and number not in self.deleted

    def is_unread(self, number: int) -> bool:
        return "\\Seen" not in self.flags.get(self.uids[number - 1], set())

    def count(self, unread_only: bool = False) -> int:
        """The folder's messages, those deleted in the session included until the server
        removes them (VERIFIED ?3032024: the number changes with the messages "really
        deleted from the server (expunge)"; wlinterp expunges when the folder closes)."""
        return sum(1 for n in range(1, self.total + 1)
                   if not unread_only or self.is_unread(n))

    def size(self, number: int) -> int:
        return self.sizes.get(self.uids[number - 1], 0)

    def identifier(self, number: int) -> str:
        return str(self.uids[number - 1])

    def fetch(self, number: int, headers_only: bool) -> bytes:
        """The source (BODY[]: the server marks it read) or the header (BODY.PEEK)."""
        uid = self.uids[number - 1]
        item = "(BODY.PEEK[HEADER])" if headers_only else "(BODY[])"
        step = f"reading message {number} (FETCH {item[1:-1]})"
        with self.step(step, 0 if headers_only else self.sizes.get(uid, 0)):
            data = self._ok(step, self.client.uid("FETCH", str(uid), item))
        source = fetched_source(data, uid)
        if isinstance(source, int):
            raise ReadError(self.server, step, f"the server sent the message of UID {source} "
                            f"where the message of UID {uid} was asked for", self.protocol)
        if source is None:  # (a FETCH line without the literal: quoted, escaped)
            sent = b" ".join(d for d in data if isinstance(d, bytes))
            raise ReadError(self.server, step, self.quoted(
                f"the server sent no message: '{reply_words(sent)}'" if sent else
                "the server sent no message"), self.protocol)
        if not headers_only:
            self.flags.setdefault(uid, set()).add("\\Seen")
        return bytes(source)

    def delete(self, number: int) -> None:
        step = f"deleting message {number} (STORE \\Deleted)"
        with self.step(step):
            self._ok(step, self.client.uid("STORE", str(self.uids[number - 1]), "+FLAGS",
                                           "(\\Deleted)"))
        self.deleted.add(number)

    def expunge(self) -> int:
        """EXPUNGE: the messages deleted in the folder go now (EmailDétruit, ?3032027)
        rather than when it closes; the others are numbered again from 1, as the server
        numbers them. The number of messages removed."""
        step = "removing the deleted messages (EXPUNGE)"
        with self.step(step):
            self._ok(step, self.client.expunge())
        gone = len(self.deleted)
        kept = [uid for n, uid in enumerate(self.uids, 1) if n not in self.deleted]
        self._show(self.folder, kept, self.flags, self.sizes)
        return gone
