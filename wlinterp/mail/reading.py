"""What reading e-mail over POP3 (pop3.py) and over IMAP (imap.py) share.

One place for: the control characters a command argument must not hold, what a step
with a server may raise, the largest answer accepted, the wording of a failure
(`ReadError`), the session's common part (where, who, how, the password rules) and the
run's table of reading sessions, the overall deadline of each step (as for SMTP,
transport.py: a server that trickles a byte just before each socket timeout cannot keep
a read going for ever; the watchdog shuts the socket down). Same rules as sending (docs/email.md "Security"): a
certificate is always checked, the password crosses a connection without TLS only to a
loopback address or with --allow-cleartext-auth, and it never appears in a message.
"""
from __future__ import annotations

__all__ = ["QUOTED_REPLY", "ReadError", "ReadingSession", "ReadState", "reading_state",
           "describe_failure", "CONTROL", "FAILURES", "MAX_ANSWER_BYTES",
           "MAX_ANSWER_LINES"]

import imaplib
import poplib
import re
import socket
import ssl
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, Iterator

from ..goodbyes import GOODBYE_WAIT, Farewells, per_run
from ..host_names import host_port
from .failures import certificate_words, cut_words, decode_reply, no_answer_within, reply_words, tls_words

LONG_LINE_WORDS = "the server sent a line longer than"
"""How a line past the library's bound is said (imap.py's readline), in any step."""
from .modes import Mode
from .options import MailOptions
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


CLOSED_WORDS = "the server closed the connection"
"""How a server that hung up is said; with how much of its answer had come when it did
(closed_after)."""


def closed_after(came: int, announced: int | None = None) -> str:
    """The words of an answer the server cut by closing the connection, POP3's and IMAP's
    alike: how many of its bytes had come, and of how many when it announced a size (an
    IMAP literal). A POP3 RETR cut said only "the server closed the connection"."""
    if announced is None:
        return f"{CLOSED_WORDS} after {came} bytes of its answer"
    return f"{CLOSED_WORDS} after {came} of the {announced} bytes its answer announced"


def describe_failure(exc: BaseException, timeout: float) -> str:
    """The server's reply (poplib's and imaplib's errors carry it) or the system's reason;
    a wait that reached the session's `timeout` names it, as SMTP does."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return certificate_words(exc)
    if isinstance(exc, ssl.SSLError):  # OpenSSL's words ("[SSL: WRONG_VERSION_NUMBER] wrong
        return f"TLS error: {tls_words(exc)}"  # version number (_ssl.c:1006)"): SMTP's
    if isinstance(exc, UnicodeError):  # never its text: it quotes the character
        return "a text held a character the protocol cannot carry here (not ASCII)"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return no_answer_within(timeout)
    if isinstance(exc, socket.gaierror):  # SMTP's words (failures.describe_exception)
        return f"the host name could not be resolved ({exc.strerror or exc})"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (no server listening on that port)"
    if isinstance(exc, OSError) or not exc.args:
        return str(getattr(exc, "strerror", None) or exc)
    raw = exc.args[0]
    if raw is None and isinstance(exc, imaplib.IMAP4.error):  # imaplib's greeting check:
        # it quotes a greeting it could not read as None ("the server replied None")
        return "the server did not greet as an IMAP server does (* OK or * PREAUTH)"
    if isinstance(exc, poplib.error_proto) and isinstance(raw, str):
        return _poplib_words(raw)  # a server's -ERR answer comes as bytes
    if isinstance(exc, poplib.error_proto) and isinstance(raw, bytes) \
            and not raw.startswith(b"-ERR"):  # neither +OK nor -ERR: no POP3 answer
        return f"the server did not answer in POP3 (it sent '{reply_words(raw)}')"
    text = decode_reply(raw) if isinstance(raw, bytes) else str(raw)
    text = re.sub(r"\[?b(['\"])(.*?)\1\]?", r"\2", text)  # imaplib words bytes as b'...'
    shown = reply_words(text)  # one line, escaped
    if isinstance(exc, imaplib.IMAP4.abort):  # imaplib's (or our bound's) words, not a reply
        shown = re.sub(r"^command: \S+ => ", "", shown)
        if shown == "socket error: EOF":  # (a server that hung up, mid-answer or not)
            return "the server closed the connection"
        if shown.startswith(("the server ended the session (BYE",  # imap.py's words
                             LONG_LINE_WORDS, CLOSED_WORDS)):
            return shown
        return "the conversation broke off: " + re.sub(r"^socket error: ", "", shown)
    if isinstance(exc, imaplib.IMAP4.error):  # "UID command error: BAD [b'what']": the
        shown = re.sub(r"^[A-Z]+ command error: ", "", shown)  # server said "BAD what"
    if not shown:  # a refusal with no text (imaplib's LOGIN keeps no status: `a1 NO`)
        return "the server refused it, with no text"
    return "the server replied " + shown


def _poplib_words(text: str) -> str:
    """poplib's own complaint in words: it was quoted as the server's reply ("the server
    replied -ERR EOF" of a server that hung up, "replied line too long")."""
    if text == "-ERR EOF":
        return "the server closed the connection"
    if text == "line too long":
        return f"the server sent a line longer than {getattr(poplib, '_MAXLINE', 2048)} bytes"
    return text


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
                                    f"limit of {seconds:g} s") from None
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


class ReadState:
    """The run's reading sessions, by session key (stdlib/email_sessions.py `session_key`): open
    ones, those whose start failed (why), those closed (closing again does nothing)."""

    def __init__(self, report: Callable[[str], None] | None = None) -> None:
        self.sessions: dict[Hashable, ReadingSession] = {}
        self.failed_starts: dict[Hashable, str] = {}
        self.closed: set[Hashable] = set()
        self.report = report
        """Where a failure no script call can return goes (the run's stderr)."""

    def end(self, key: Hashable, when: str) -> None:
        """Close the session `key` that the script did not close itself (`when`: at the
        end of the run, or on reopening its name). No call returns this close's
        failure, so one that leaves deleted messages on the server is written to stderr
        (never lost silently); one that loses nothing stays quiet."""
        session = self.sessions.pop(key)
        try:
            session.close()
        except ReadError as err:
            self._failed(session, when, err.message)

    def _failed(self, session: ReadingSession, when: str, why: str) -> None:
        """The report of a close no call returns: written when deleted messages may be
        left on the server, quiet when nothing is lost."""
        if getattr(session, "deleted", None) and self.report is not None:
            self.report(f"Email: closing the session '{session.label}' {when} failed: {why}")

    def shutdown(self, farewells: Farewells) -> None:
        """End of run: end every session still open (deletions committed, as a close), all
        at once, each in a thread of its own, awaited with the run's other goodbyes
        (goodbyes.Farewells), GOODBYE_WAIT at most for all, as SMTP's, FTP's and the
        WebSockets': each awaited its answers under its step's deadline, and a server
        silent after QUIT or LOGOUT held the end of the run that long (600 s by default).
        A session not ended by then is dropped; one that had deleted messages says they
        may not have been removed (never lost silently). A failure is raised, as before."""
        sessions = [(key, self.sessions.pop(key)) for key in list(self.sessions)]
        errors: dict[Hashable, str] = {}
        failures: list[BaseException] = []

        def end(key: Hashable, session: ReadingSession) -> None:
            try:
                session.close()
            except ReadError as err:
                errors[key] = err.message
            except BaseException as exc:  # raised below, as it was
                failures.append(exc)
        enders = [threading.Thread(target=end, args=pair, daemon=True,
                                   name="wl-mail-read-close") for pair in sessions]
        for ender in enders:
            ender.start()

        def ended(ends: float) -> None:
            """The threads joined until `ends`; what each left reported."""
            for ender in enders:
                ender.join(max(0.0, ends - time.monotonic()))
            self._report_ends(sessions, enders, errors)
            if failures:
                raise failures[0]
        if sessions:
            farewells.wait_also(ended)

    def _report_ends(self, sessions: list[tuple[Hashable, ReadingSession]],
                     enders: list[threading.Thread], errors: dict[Hashable, str]) -> None:
        """After the wait: a session still ending is dropped, and said when it leaves
        deleted messages on the server, as a failed close is."""
        for (key, session), ender in zip(sessions, enders):
            if ender.is_alive():
                _drop(session)
                deleted = len(getattr(session, "deleted", ()))
                self._failed(session, "at the end of the run", "the server did not answer "
                             f"within {GOODBYE_WAIT:g} s, so the {deleted} message(s) "
                             "deleted in this session may not have been removed from the "
                             "server")
            elif key in errors:
                self._failed(session, "at the end of the run", errors[key])


def _drop(session: ReadingSession) -> None:
    """The connection of a session whose close is given up shut down, so that its
    thread's blocked read returns now (the thread is not waited for)."""
    try:
        session._shut_socket()
    except OSError:
        pass


def reading_state(rt: Any) -> ReadState:
    """The run's ReadState, created (with its at-exit close) on first use."""
    return per_run(rt, "email_read", lambda: ReadState(rt.write_err), ReadState.shutdown)
