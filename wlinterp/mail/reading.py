"""What reading e-mail over POP3 (pop3.py) and over IMAP (imap.py) share.

One place for: the control characters a command argument must not hold, what a step
with a server may raise, the largest answer accepted, the wording of a failure
(`ReadError`; its words: read_failures.py), the session's common part (where, who, how,
the password rules), the overall deadline of each step (as for SMTP, transport.py: a
server that trickles a byte just before each socket timeout cannot keep a read going for
ever; the watchdog shuts the socket down). The run's table of reading sessions is
read_state.py. Same rules as sending (docs/email.md "Security"): a certificate is always
checked, the password crosses a connection without TLS only to a loopback address or
with --allow-cleartext-auth, and it never appears in a message.
"""
from __future__ import annotations

__all__ = ["QUOTED_REPLY", "ReadError", "ReadingSession", "CONTROL", "FAILURES",
           "MAX_ANSWER_BYTES", "MAX_ANSWER_LINES"]

import imaplib
import poplib
import re
import socket
import ssl
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from ..goodbyes import GOODBYE_WAIT
from ..host_names import host_port
from .failures import cut_words
from .modes import Mode
from .options import MailOptions
from .read_failures import describe_failure
from .security import Secret, cleartext_auth_allowed, redact
from .watchdog import WATCHDOG

CONTROL = re.compile(r"[\x00-\x1f\x7f]")
"""What a POP3/IMAP command argument must not hold (command injection)."""

FAILURES = (OSError, EOFError, poplib.error_proto, imaplib.IMAP4.error, ssl.SSLError,
            UnicodeError)
"""What a step with a POP3 or IMAP server may raise (UnicodeError: imaplib sends its
commands in ASCII)."""

MAX_ANSWER_BYTES = 256 * 1024 * 1024
"""Largest multi-line answer or literal (a message) read from a server: one that never
ends cannot make the script grow without bound."""

MAX_ANSWER_LINES = 4_000_000
"""Most lines of one multi-line answer: the client keeps each line as an object of about
50 bytes beside its text, so an endless answer of short lines ("1 1" of a LIST without
its final ".") held 7 times its bytes, up to 2 GB within MAX_ANSWER_BYTES. With this
bound the lines' keeping stays under about 200 MB; a real message of 4 million lines is
past MAX_ANSWER_BYTES anyway, unless its lines average under 64 characters (*decided*)."""


QUOTED_REPLY = 240
"""Most characters of a server's words quoted in an error message (INFERRED, decided:
a real refusal fits, `-ERR [AUTH] Application-specific password required: https://...`;
docs/email.md, "Errors")."""


class WatchedClient:
    """Mixin for poplib's and imaplib's clients: the session holds the client as soon as
    its socket exists (both read the server's greeting inside their constructor), so a
    step's deadline can shut that socket down even then."""

    def __init__(self, session: "ReadingSession", *args: Any, **kwargs: Any) -> None:
        self._session = session
        super().__init__(*args, **kwargs)

    def _create_socket(self, timeout: float | None) -> socket.socket:
        sock = super()._create_socket(timeout)  # type: ignore[misc]
        self.sock = sock
        self._session.client = self
        return sock


class ReadError(Exception):
    """A failed step with a POP3 or IMAP server: one sentence, no secret."""

    def __init__(self, server: str, step: str, text: str, protocol: str = "POP3") -> None:
        self.message = f"{protocol} server {server}, {step}: {text.rstrip('.')}."
        super().__init__(self.message)

    def adding(self, text: str) -> "ReadError":
        """The same failure, `text` added as one more clause of its sentence."""
        self.message = f"{self.message.rstrip('.')}; {text}."
        self.args = (self.message,)
        return self


@dataclass
class ReadingSession:
    """What a POP3 and an IMAP session share: where, who, how, and the login checks."""

    label: str
    host: str
    port: int
    mode: Mode
    user: str
    secret: Secret | None
    context: ssl.SSLContext
    timeout: float
    allow_cleartext: bool = False
    options: MailOptions = field(default_factory=MailOptions)
    """Where the overall deadline of a step comes from (MailOptions.deadline_for)."""
    timeouts: Callable[[], float] | None = None
    """The run's EmailSetTimeOut as it is now: each step waits that long at most, as
    every later send does (the session was opened with `timeout`)."""
    client: Any = None
    broken: str = ""
    """Why the connection was given up (step: reason), "" while it is in step."""
    protocol = "POP3"

    @property
    def server(self) -> str:
        return host_port(self.host, self.port)

    def _fail(self, step: str, exc: BaseException) -> ReadError:
        return ReadError(self.server, step, self._describe(exc), self.protocol)

    def _describe(self, exc: BaseException) -> str:
        """What went wrong, the password and user name masked if the server echoed them."""
        return self.quoted(describe_failure(exc, self.timeout))

    def quoted(self, text: str) -> str:
        """Words of the server's made fit for an error message: any form of the password
        masked first (so that the cut below never leaves part of it), then cut to
        QUOTED_REPLY characters, as SMTP cuts a reply that is not SMTP (a server sending
        a line of megabytes of garbage made an ErrorInfo of megabytes)."""
        return cut_words(redact(text, self.secret, self.user), QUOTED_REPLY)

    @contextmanager
    def step(self, name: str, size: int = 0) -> Iterator[None]:
        """One step with the server (`size`: the bytes it should bring, for its deadline),
        under an overall deadline on top of the socket's timeout; what the libraries
        raise becomes a ReadError naming the step. A failure that leaves the conversation
        out of step (connection lost, an answer refused half-read, the deadline) gives
        the connection up: the session's next steps fail at once, saying why."""
        if self.broken:
            raise ReadError(self.server, name, "the connection was given up after an "
                            f"earlier failure ({self.broken}); start the session again",
                            self.protocol)
        self._follow_timeout()
        seconds = self.options.deadline_for(self.timeout, min(size, MAX_ANSWER_BYTES))
        alarm = WATCHDOG.arm(seconds, self._shut_socket)
        try:
            try:
                yield
            finally:
                WATCHDOG.disarm(alarm)
            if alarm.fired:  # a shut socket can end a read "normally" (a cut line)
                raise EOFError
        except (ReadError, *FAILURES) as exc:
            if alarm.fired:
                raise self._give_up(name, f"the step did not finish within its overall "
                                    f"limit of {round(seconds, 1):g} s") from None
            if isinstance(exc, ReadError):
                raise
            if self._in_step(exc):
                raise self._fail(name, exc) from None
            raise self._give_up(name, self._describe(exc)) from None

    def _follow_timeout(self) -> None:
        """Take up a timeout EmailSetTimeOut changed since the last step."""
        current = self.timeouts() if self.timeouts is not None else self.timeout
        if current != self.timeout:
            self.timeout = current
            sock = getattr(self.client, "sock", None)
            if sock is not None:
                sock.settimeout(current)

    def _in_step(self, exc: BaseException) -> bool:
        """Whether the conversation can go on after `exc` (a refusal the server answered
        in full); each protocol says."""
        return False

    def _give_up(self, name: str, text: str) -> ReadError:
        """Drop a connection left out of step; remember why for the next calls."""
        self.broken = f"{name}: {text.rstrip('.')}"
        self.abort()
        return ReadError(self.server, name, text, self.protocol)

    def _close_given_up(self) -> None:
        """Closing a session whose connection was given up: there is nothing to tell the
        server, but deletions did not take effect, which is reported (never lost
        silently)."""
        deleted = getattr(self, "deleted", ())
        if deleted:
            raise ReadError(self.server, "closing the session", "the connection had been "
                            f"given up after an earlier failure ({self.broken}), so the "
                            f"{len(deleted)} message(s) deleted in this session were not "
                            "removed from the server", self.protocol)

    def abort(self) -> None:
        """Drop the connection without ending the session the protocol's way."""
        raise NotImplementedError

    def _shut_socket(self) -> None:
        """The watchdog's action: shut the socket down, so a blocked read returns now."""
        sock = getattr(self.client, "sock", None)
        if sock is not None:
            socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def _password(self, sock: Any) -> str:
        """The password, once it may be sent on `sock`: never in clear text off loopback
        (unless allowed), never with a control character (ReadError before sending)."""
        if not isinstance(sock, ssl.SSLSocket) and not cleartext_auth_allowed(
                sock.getpeername()[0], self.allow_cleartext):
            raise ReadError(self.server, "login", "the connection is not encrypted and the "
                            "server is not on this machine, so the password was not sent "
                            "(use optionSSL / emailOptionSecuredTLS, or "
                            "--allow-cleartext-auth)", self.protocol)
        password = self.secret.reveal() if self.secret else ""
        if CONTROL.search(self.user) or CONTROL.search(password):
            raise ReadError(self.server, "login", "the user name or the password holds a "
                            "line break or a control character, which would end the command "
                            "early; nothing was sent", self.protocol)
        return password

    def close(self) -> None:
        """End the session the protocol's way (the deleted messages then go), under the
        step's deadline; the connection is dropped whatever the server answers. With
        nothing deleted in the session the answers change nothing: `_part`."""
        if self.broken:
            self._close_given_up()
        if self.client is None:
            return
        if not getattr(self, "deleted", ()):
            return self._part()
        try:
            with self.step(self.closing):
                self._goodbye()
        except ReadError as err:
            deleted = len(getattr(self, "deleted", ()))
            if deleted:  # the server may have kept them: say so, never lose them silently
                raise err.adding(f"the {deleted} message(s) deleted in this session may not "
                                 "have been removed from the server") from None
            raise
        finally:
            self.abort()

    def _part(self) -> None:
        """The goodbye of a session that deleted nothing: the protocol's last commands,
        their answers awaited GOODBYE_WAIT at most (goodbyes.py, as SMTP's and FTP's),
        then the connection dropped; no answer by then is no failure. Under the step's
        deadline a server silent after QUIT or LOGOUT held EmailCloseSession the timeout
        (ten minutes by default), then failed it, though nothing was left undone. A
        refusal the server answered in time is said, as before."""
        alarm = WATCHDOG.arm(GOODBYE_WAIT, self._shut_socket)
        try:
            try:
                self._goodbye()
            finally:
                WATCHDOG.disarm(alarm)
        except (ReadError, *FAILURES) as exc:
            if not alarm.fired:
                raise (exc if isinstance(exc, ReadError) else self._fail(self.closing, exc)) \
                    from None
        finally:
            self.abort()

    @property
    def closing(self) -> str:
        """The step's name in a failure of `close`."""
        return "closing the session"

    def _goodbye(self) -> None:
        """The protocol's last commands (QUIT; CLOSE and LOGOUT)."""
        raise NotImplementedError
