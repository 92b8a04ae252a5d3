"""One SMTP connection, driven step by step over smtplib so every failure names its step.

Why not `smtplib.sendmail`: it hides which step failed, silently accepts partly refused
recipient lists (it returns them), and cannot tell "lost before the final dot" (not
delivered) from "lost after it" (maybe delivered). We use smtplib's command/reply layer
(`docmd`, `mail`, `rcpt`, `starttls`) and do the sequencing ourselves:

* connect (through routing/capture: the TCP target may differ from the host name the
  certificate must match; client.py's `SMTPClient` handles that), greeting, EHLO;
* STARTTLS when asked: REQUIRED — if the server does not offer it the session stops
  before any credential; certificates are always verified with the context we are given;
* AUTH when a password or OAuth token is given (the mechanism and the exchange are in
  smtp_auth.py); refused over cleartext unless loopback or allowed;
* per message: MAIL, every RCPT (any refusal aborts the whole transaction with RSET, so
  a message is never delivered to only part of its recipients), DATA, the dot-stuffed
  body, the final reply.

Each operation runs under the shared watchdog (an overall deadline) on top of the
per-wait socket timeout.
"""
from __future__ import annotations

__all__ = ["Link", "quit_all"]

import smtplib
import socket
import ssl
import time
from contextlib import contextmanager
from typing import Callable, Iterator

from ..goodbyes import Farewells
from .failures import (MailError, coded_words, cut_words, describe_exception, doubt_words,
                       reply, reply_text, reply_words)
from .message_data import EarlyReply, send_data
from .client import LinkParams, SMTPClient
from .modes import Mode
from .replies import MAX_LINE, Unasked, quit_reply, unasked
from .security import cleartext_auth_allowed, redact
from .smtp_auth import choose_mechanism, credential_name, next_mechanism, send_credentials
from .watchdog import WATCHDOG, Alarm

_SENDING = "sending the message data (not delivered)"


class Link:
    """A live, possibly authenticated connection to one server."""

    def __init__(self, params: LinkParams) -> None:
        self.params = params
        self.client: SMTPClient | None = None
        self.smtputf8 = False
        self._step = "connection"
        self._ehlo_refusal: tuple[int, bytes] | None = None  # why HELO was used, if it was
        self.unauthenticated = ""  # why a password given was not used (?3032025), if so
        self._alarm: Alarm | None = None  # the deadline of the operation running
        self.last_sent = ""  # the message accepted last here (its EmailStatus id), until
        self.doubt = ""  # the next MAIL FROM; why that acceptance is in doubt (doubt_words)
        self.after_quit: Callable[[], None] | None = None  # (the run's end: quit_all)
        self._heard = b""  # what came after the run's end's QUIT (quit_all), bounded

    def __repr__(self) -> str:
        return f"Link({self.params!r}, open={self.client is not None})"

    @property
    def server(self) -> str:
        return self.params.endpoint.label()

    # -- steps and deadlines -------------------------------------------------
    @contextmanager
    def _guard(self, seconds: float) -> Iterator[None]:
        """Run a whole operation under an overall deadline; turn library exceptions into
        MailError naming the current step."""
        alarm = self._alarm = WATCHDOG.arm(seconds, self._abort_socket)
        try:
            try:
                yield
                self._cut_short()
            finally:  # before any _drop: no shutdown may follow the socket's close
                WATCHDOG.disarm(alarm)
        except MailError as err:
            if alarm.fired:
                raise self._deadline_error(seconds) from None
            if err.code == 421:
                raise self._closing(err) from None
            raise self._redacted(err) from None
        except (smtplib.SMTPException, OSError, ValueError) as exc:
            # (a second reply behind the dot's is an answer: not "no answer to it came")
            unasked_dot = isinstance(exc, Unasked) and self._step == "end of data"
            step = self._step if unasked_dot else self._current_step()
            self._drop()
            if isinstance(exc, Unasked) and self._step == "MAIL FROM":
                # (a refusal of the last message, sent unasked or read as MAIL FROM's)
                self.doubt = doubt_words(exc.stray) or doubt_words(exc.after)
            if alarm.fired:
                raise self._deadline_error(seconds, step) from None
            text, code = describe_exception(exc, self.params.timeout)
            if self._step == _SENDING and text.startswith("no answer from the server"):
                text = (f"the server took no more of the message data for "
                        f"{self.params.timeout:g} s (see EmailSetTimeOut)")
            text = redact(text, self.params.secret, self.params.user)
            stale = self._step == "MAIL FROM" and _is_disconnect(exc)
            raise MailError(self.server, step, text, code,
                            maybe_delivered=self._step == "end of data", stale=stale) from None

    def _cut_short(self) -> None:
        """The watchdog shut the socket while a reply was arriving (a server sending it a
        byte at a time): what came before is no whole reply, though smtplib reads `235 o`
        as one, so the step fails with the deadline (a session opened on a dead socket
        failed at MAIL FROM; a message was said sent)."""
        if self._alarm is not None and self._alarm.fired:
            raise MailError(self.server, self._current_step(), "cut short")

    def _closing(self, err: MailError) -> MailError:
        """421: the server is closing the channel (RFC 5321, 3.8). Nothing more is written
        to it (an RSET or QUIT sent there met a closed socket, or a peer that kept it open
        and read them); the connection is dropped, the error says why. The session's next
        message opens a new connection."""
        self._drop()
        err = self._redacted(err)
        text = (f"{err.text.rstrip('.')}; the server is closing the connection (421), so "
                "nothing more was sent to it")
        return MailError(err.server, err.step, text, err.code, err.maybe_delivered, err.stale)

    def _redacted(self, err: MailError) -> MailError:
        """The error with any echo of the password masked (a server may quote it in a
        MAIL, RCPT or end-of-data reply, not only in its AUTH answer)."""
        text = redact(err.text, self.params.secret, self.params.user)
        if text == err.text:
            return err
        return MailError(err.server, err.step, text, err.code, err.maybe_delivered, err.stale)

    def _deadline_error(self, seconds: float, step: str | None = None) -> MailError:
        step = step or self._current_step()
        self._drop()
        return MailError(self.server, step,
                         f"the operation did not finish within its overall limit of "
                         f"{round(seconds, 1):g} s", maybe_delivered=self._step == "end of data")

    def _current_step(self) -> str:
        if self._step == "connection" and self.client is not None:
            return self.client.stage
        if self._step == "end of data":
            return ("end of data (the whole message was sent and no answer to it came: "
                    "the server may or may not have accepted it)")
        return self._step

    def _abort_socket(self) -> None:
        """Watchdog action: shut the socket down so a blocked read returns at once."""
        client = self.client
        sock = getattr(client, "sock", None)
        if sock is not None:
            socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def _drop(self) -> None:
        """Forget a connection that is broken or in an unknown state."""
        client, self.client = self.client, None
        if client is not None:
            try:
                client.close()
            except OSError:
                pass

    # -- opening -------------------------------------------------------------
    def open(self) -> None:
        """Connect, greet, protect and authenticate; MailError on any failure."""
        p = self.params
        self._step = "connection"
        self.client = SMTPClient(p)
        with self._guard(p.deadline):
            code, msg = self.client.connect(p.endpoint.tls_hostname, p.endpoint.connect_port)
            self._cut_short()  # (a greeting cut by the deadline)
            if code != 220:
                raise reply(self.server, "server greeting", code, msg)
            self._hello()
            if p.mode is Mode.STARTTLS:
                self._starttls()
            if p.secret:
                self._authenticate()
            self.smtputf8 = self.client.has_extn("smtputf8")

    def _hello(self, after: str = "") -> None:
        """EHLO, or HELO where EHLO is refused; `after` ("after STARTTLS") names the
        second greeting in a failure's words, so that a server dropping the link once
        the TLS handshake is done is told from one that never got that far."""
        ehlo = f"EHLO {after}".rstrip()
        self._step = ehlo
        assert self.client is not None
        code, msg = self.client.ehlo()
        self._ehlo_refusal = None
        if code == 421:  # closing (RFC 5321, 3.8): HELO met the closed connection and
            raise reply(self.server, ehlo, code, msg)  # hid the server's own words
        if code != 250:  # HELO's step names EHLO's refusal: a server that then hangs up
            self._ehlo_refusal = (code, msg)  # or refuses HELO otherwise said only that
            refused = cut_words(reply_text(code, msg).removeprefix("the server replied "), 80)
            self._step = f"HELO {after}".rstrip() + f", EHLO having been answered {refused}"
            code, msg = self.client.helo()
            if code != 250:
                raise reply(self.server, f"EHLO/HELO {after}".rstrip()
                            + f" (EHLO answered {refused})", code, msg)

    def _starttls(self) -> None:
        client = self.client
        assert client is not None
        self._step = "STARTTLS"
        if not client.has_extn("starttls"):
            raise MailError(self.server, "STARTTLS",
                            "the server does not offer STARTTLS, which the session option "
                            "requires; stopped before sending any password or message")
        code, msg = client.docmd("STARTTLS")
        if code != 220:
            raise reply(self.server, "STARTTLS", code, msg,
                        "stopped before sending any password or message")
        self._step = "TLS handshake (STARTTLS)"
        assert client.sock is not None
        client.sock = self.params.context.wrap_socket(
            client.sock, server_hostname=self.params.endpoint.tls_hostname)
        # RFC 3207: forget everything learnt before TLS, including buffered input.
        client.file = None
        client.helo_resp = client.ehlo_resp = None
        client.esmtp_features = {}
        client.does_esmtp = False
        self._hello("after STARTTLS")

    def _authenticate(self) -> None:
        client, p = self.client, self.params
        assert client is not None and p.secret is not None
        mechanism, self.unauthenticated = choose_mechanism(client, p, self._ehlo_refusal,
                                                           self.server)
        if not mechanism:  # the page's "tries to connect without authentication"
            return
        self._step = f"authentication (AUTH {mechanism})"
        if not isinstance(client.sock, ssl.SSLSocket):
            assert client.sock is not None
            peer = client.sock.getpeername()[0]
            if not cleartext_auth_allowed(peer, p.allow_cleartext_auth):
                raise MailError(self.server, self._step,
                                f"refusing to send the {credential_name(p)} over a "
                                "connection without "
                                "TLS; use emailOptionSecuredTLS or emailOptionSSL (or run "
                                "with --allow-cleartext-auth)")
        code, msg = send_credentials(client, p, mechanism)
        tried, said = [mechanism], []
        while code == 504 and (other := next_mechanism(client, p, tried)):
            said.append(f"{self._refusal(code, msg)} to AUTH {tried[-1]}")
            tried.append(other)
            self._step = f"authentication (AUTH {', then AUTH '.join(tried)})"
            code, msg = send_credentials(client, p, other)
        if code != 235:
            last = self._refusal(code, msg)
            raise MailError(self.server, self._step, ", then ".join(
                [*said, f"{last} to AUTH {tried[-1]}"]) if said else last, code)

    def _refusal(self, code: int, msg: bytes) -> str:
        """An AUTH reply in words ("the server replied 535 ..."), the secret masked."""
        p = self.params
        assert p.secret is not None
        return redact(describe_exception(smtplib.SMTPAuthenticationError(code, msg), 0)[0],
                      p.secret, p.user)

    # -- sending -------------------------------------------------------------
    @property
    def alive(self) -> bool:
        return self.client is not None

    def send(self, mail_from: str, rcpts: list[str], data: bytes, smtputf8: bool,
             timeout: float, deadline: float) -> None:
        """One transaction; raises MailError. The link stays usable after an SMTP refusal."""
        client = self.client
        if client is None:
            raise MailError(self.server, "MAIL FROM", "the connection is closed")
        with self._guard(deadline):
            if client.sock is not None and timeout != client.timeout:
                client.timeout = timeout
                client.sock.settimeout(timeout)
            self._step = "MAIL FROM"
            options = self._mail_options(len(data), smtputf8)
            code, msg = client.mail(mail_from, options)
            if code != 250:
                raise self._refused("MAIL FROM <%s>" % mail_from, code, msg)
            self.last_sent = ""  # (the replies were in step after it)
            self._step = "RCPT TO"
            self._recipients(rcpts)
            self._step = "DATA"
            code, msg = client.docmd("DATA")
            if code != 354:
                raise self._refused("DATA", code, msg)
            self._step = _SENDING
            try:
                send_data(client, data)
            except EarlyReply as early:  # (a 421 is said as one: _guard's _closing)
                self._drop()
                if not early.code:
                    raise MailError(self.server, _SENDING, "the server sent "
                                    f"'{cut_words(reply_words(early.text), 80)}' before the "
                                    "end of the message's data, which is no SMTP reply; the "
                                    "connection was closed") from None
                raise reply(self.server, _SENDING, early.code, early.text, "it answered "
                            "before the end of the message's data, and the connection "
                            "was closed") from None
            self._step = "end of data"
            try:
                code, msg = client.getreply()
            except Unasked as twice:
                code, msg = self._dot_answered_twice(twice)
            self._cut_short()  # (a reply cut by the deadline: maybe accepted, never said sent)
            self._step = "message data"
            client.command_encoding = "ascii"
            if code // 100 in (4, 5):
                raise reply(self.server, "end of data", code, msg, "the message was not sent")
            if code != 250:  # `099 what`, `hello`: no refusal, so maybe accepted
                raise MailError(self.server, "end of data", reply_text(code, msg) + (
                    ", which is no answer to a message; the server may or may not have "
                    "accepted it"), code, maybe_delivered=True)

    def _dot_answered_twice(self, twice: Unasked) -> tuple[int, bytes]:
        """Two replies where the final dot's was due (replies.reply_in_step), the
        connection given up. A 2xx then anything but a refusal: either accepted the
        message, which is sent (a stray after the dot's 250 changed nothing before). A 2xx
        then a refusal: the 250 may have been a stray and the refusal the message's, said
        as at QUIT (doubt_words). Anything else: raised (the message may or may not have
        been delivered)."""
        self._drop()
        if twice.after[:1] != b"2":
            raise twice
        doubt = doubt_words(twice.stray)
        if doubt:
            raise MailError(self.server, "end of data", doubt, maybe_delivered=True)
        return 250, twice.after

    def _mail_options(self, size: int, smtputf8: bool) -> list[str]:
        """MAIL FROM's parameters, each only when the server announced its extension:
        SIZE=n (RFC 1870) and SMTPUTF8 with BODY=8BITMIME (RFC 6152: never unannounced).
        A message over the SIZE the server announced is refused here, before its data
        is sent (it was uploaded whole to be answered 552 at the end)."""
        assert self.client is not None
        options = ["SMTPUTF8"] if smtputf8 else []
        if smtputf8 and self.client.has_extn("8bitmime"):
            options.append("BODY=8BITMIME")
        if not self.client.has_extn("size"):
            return options
        limit = self.client.esmtp_features.get("size", "").strip()
        if limit.isascii() and limit.isdigit() and 0 < int(limit) < size:
            raise MailError(self.server, "MAIL FROM",
                            f"the message is {size:,} bytes, more than the {int(limit):,} "
                            "bytes the server accepts (its SIZE); the message was not sent")
        return options + [f"SIZE={size}"]

    def _recipients(self, rcpts: list[str]) -> None:
        """RCPT for everyone; any refusal aborts the whole message (all-or-nothing)."""
        assert self.client is not None
        refused: list[str] = []
        first_code = 0
        for rcpt in rcpts:
            code, msg = self.client.rcpt(rcpt)
            if code == 421:  # closing: the next RCPT said only "closed the connection"
                raise self._refused("RCPT TO <%s>" % rcpt, code, msg)
            if code not in (250, 251):
                first_code = first_code or max(code, 0)
                said = coded_words(code, msg) if code > 0 else reply_text(code, msg)
                refused.append(f"<{rcpt}> ({said})")
        if refused:
            accepted = len(rcpts) - len(refused)
            raise self._refused(
                "RCPT TO", first_code,
                f"{len(refused)} of {len(rcpts)} recipient(s) refused: " + ", ".join(refused)
                + (f"; the message was not sent, not even to the {accepted} accepted "
                   "recipient(s)" if accepted else "; the message was not sent"),
                raw=False)

    def _refused(self, step: str, code: int, msg: bytes | str, raw: bool = True) -> MailError:
        """An SMTP refusal mid-transaction: RSET so the connection can be reused (not
        after a 421: the server is closing it, `_closing`)."""
        if code != 421:
            self.reset()
        if raw:
            return reply(self.server, step, code, msg, "the message was not sent")
        return MailError(self.server, step, str(msg), code)

    def reset(self) -> None:
        """RSET after a refused transaction; a broken connection is dropped instead."""
        client = self.client
        if client is None:
            return
        try:
            code, _ = client.docmd("RSET")
            client.command_encoding = "ascii"
            if code != 250:
                self._drop()
        except (smtplib.SMTPException, OSError):
            self._drop()

    def _hear(self, piece: bytes) -> None:
        """A piece of what came after the run's end's QUIT (quit_all), the first line kept."""
        if b"\n" not in self._heard:
            self._heard = (self._heard + piece)[:MAX_LINE]

    def _ended_by_run(self) -> None:
        """The run's goodbyes are over (quit_all): its first reply judged, the link dropped,
        `after_quit` told."""
        first = self._heard.split(b"\n")[0].rstrip(b"\r")
        if first[:3].isdigit():
            self.doubt = doubt_words(first)
        self._drop()
        if self.after_quit is not None:
            self.after_quit()

    def close(self) -> None:
        """QUIT, its answer awaited GOODBYE_WAIT at most (replies.quit_reply); a refusal
        read where QUIT's answer was due puts the last message's acceptance in doubt
        (`doubt`, doubt_words); never raises."""
        client = self.client
        if client is None:
            return
        try:
            code, text = quit_reply(client)
            if code > 0:
                self.doubt = doubt_words(b"%03d %s" % (code, text.split(b"\n")[0]))
        finally:
            self._drop()


def quit_all(links: list[Link], farewells: Farewells) -> None:
    """The end of the run: QUIT on every connection still open, said with the run's other
    goodbyes (wlinterp/goodbyes.py Farewells: the answers awaited together, GOODBYE_WAIT at
    most for all), then each dropped. The first reply there is judged as EmailCloseSession
    judges QUIT's (Link.close): a refusal where QUIT's 221 was due, or one the server had
    sent unasked already, puts the last message's acceptance in doubt, and the link's
    `after_quit` (its session's) says so. They went unread: a script that never closed its
    session had a message the server refused said sent, and nothing said."""
    for link in links:
        client = link.client
        link._heard = unasked(client) if client is not None else b""
        farewells.add(getattr(client, "sock", None), b"QUIT\r\n", link._ended_by_run,
                      link._hear)


def _is_disconnect(exc: BaseException) -> bool:
    """A peer that went away (idle timeout on its side), as opposed to one that stalls."""
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return not isinstance(exc.__context__, TimeoutError)
    return isinstance(exc, (BrokenPipeError, ConnectionResetError, ConnectionAbortedError))
