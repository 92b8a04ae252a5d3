"""E-mail sessions of one run: opening, sending (now or queued), status, closing.

`MailState` lives in ``rt.state["email"]``. It owns the sessions (keyed by the user name
string or by an emailSMTPSession variable's handle), the per-run timeout, the SSL
contexts, and the status of every message (for EmailStatus).

Asynchronous sessions queue messages for worker threads, each with its own connection
(at most ``email_async_connections``). Workers never touch the runtime: they only
record outcomes. EmailCloseSession and the end of the run wait for the queue and report
every failure — a queued message always ends up sent or reported, never dropped.
"""
from __future__ import annotations

__all__ = ["MailState", "Session", "Status", "open_session"]

import queue
import re
import socket
import ssl
import sys
import threading
from dataclasses import replace
from typing import Any, Callable, Hashable

from ..goodbyes import Farewells, per_run
from ..tls_contexts import CAFileError
from .client import LinkParams
from .failures import MailError
from .message import PreparedMessage
from .modes import Mode
from .options import MailOptions
from .routing import resolve_endpoint
from .security import BearerToken, Secret
from .statuses import Record, Status, StatusTable
from .transport import Link, quit_all


def _local_hostname() -> str:
    """The EHLO name: this host's name if it is a valid domain, without a DNS lookup
    (socket.getfqdn can stall for seconds on a misconfigured resolver)."""
    name = socket.gethostname()
    if re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?", name or ""):
        return name
    return "localhost"


class Session:
    """One open SMTP session, synchronous or asynchronous."""

    def __init__(self, state: "MailState", label: str, params: LinkParams,
                 asynchronous: bool) -> None:
        self.state = state
        self.label = label
        self.params = params
        self.asynchronous = asynchronous
        self.smtputf8 = False
        self._link: Link | None = None
        self._queue: queue.Queue[tuple[str, PreparedMessage] | None] = queue.Queue()
        self._workers: list[threading.Thread] = []
        self._spare: Link | None = None
        self._goodbyes: list[Link] | None = None  # (close's: where the links go unclosed)
        self._doubted: list[Record] = []  # sent messages found in doubt (_settle), not told yet

    def __repr__(self) -> str:
        return f"Session({self.label!r}, {self.params!r}, async={self.asynchronous})"

    # -- links ---------------------------------------------------------------
    def _fresh_params(self, size: int = 0) -> LinkParams:
        timeout = self.state.timeout
        return replace(self.params, timeout=timeout,
                       deadline=self.state.options.deadline_for(timeout, size))

    def open(self) -> None:
        """Open the first connection: this is where WLanguage reports start failures."""
        link = Link(self._fresh_params())
        link.open()
        self.smtputf8 = link.smtputf8
        if link.unauthenticated:  # said once, where the script's start succeeded
            self.state.report(f"Email: session '{self.label}' on SMTP server {link.server}: "
                              f"{link.unauthenticated}; it goes on without authentication, "
                              "as EmailStartSMTPSession does (a password given is used "
                              "only where the server offers PLAIN or LOGIN)")
        if self.asynchronous:
            self._spare = link
        else:
            self._link = link

    def _new_link(self) -> Link:
        link = Link(self._fresh_params())
        link.open()
        return link

    def transmit(self, link: Link | None, msg: PreparedMessage) -> Link:
        """Send on `link` (opened if needed); reconnect once if the server had dropped an
        idle connection before MAIL was accepted — nothing was sent, so retrying is safe."""
        if link is None or not link.alive:
            link = self._new_link()
        timeout = self.state.timeout
        deadline = self.state.options.deadline_for(timeout, len(msg.data))
        try:
            link.send(msg.mail_from, msg.rcpts, msg.data, msg.smtputf8, timeout, deadline)
        except MailError as err:
            self._settle(link)
            if not err.stale:
                raise
            link.close()
            link = self._new_link()
            link.send(msg.mail_from, msg.rcpts, msg.data, msg.smtputf8, timeout, deadline)
        return link

    # -- sending -------------------------------------------------------------
    def submit(self, msg: PreparedMessage) -> str:
        """Synchronous: send now (MailError on failure, its `status_id` set).
        Asynchronous: queue and return. The identifier EmailStatus knows this send by
        (StatusTable.add)."""
        table = self.state.statuses
        status_id = table.add(msg.message_id, Record(Status.PENDING, self, msg.rcpts))
        if self.asynchronous:
            self._queue.put((status_id, msg))
            self._grow_pool()
            return status_id
        try:
            self._link = self.transmit(self._link, msg)
        except MailError as err:
            table.update(status_id, Status.ERROR, err.message, err.maybe_delivered)
            err.status_id = status_id
            raise
        table.update(status_id, Status.SENT)
        self._link.last_sent = status_id
        return status_id

    def _grow_pool(self) -> None:
        if len(self._workers) >= self.state.options.async_connections:
            return
        primary = not self._workers
        link, self._spare = self._spare, None
        worker = threading.Thread(target=self._work, args=(link, primary), daemon=True,
                                  name=f"wl-mail-{self.label}-{len(self._workers) + 1}")
        self._workers.append(worker)
        worker.start()

    def _work(self, link: Link | None, primary: bool) -> None:
        """Worker loop: deliver queued messages until the close sentinel arrives.

        An extra (non-primary) worker that cannot open its own connection — e.g. the
        server limits connections per client — puts its job back and retires, so the
        limit never turns into spurious failures."""
        try:
            while True:
                job = self._queue.get()
                if job is None:
                    return
                if link is None and not primary:
                    try:
                        link = self._new_link()
                    except MailError:
                        self._queue.put(job)
                        return
                link = self._deliver(link, job)
        finally:
            if link is not None:
                self._let_go(link)

    def _deliver(self, link: Link | None, job: tuple[str, PreparedMessage]) -> Link | None:
        """Send one queued message and record its outcome, whatever happens."""
        table = self.state.statuses
        msg_id, msg = job
        try:
            link = self.transmit(link, msg)
            table.update(msg_id, Status.SENT)
            link.last_sent = msg_id
        except MailError as err:
            table.update(msg_id, Status.ERROR, err.message, err.maybe_delivered)
        except Exception as exc:  # a bug must still be reported, not swallowed
            table.update(msg_id, Status.ERROR, f"internal error: {exc!r}")
        return link

    # -- closing -------------------------------------------------------------
    def close(self, goodbyes: list[Link] | None = None) -> list[str]:
        """Wait for queued messages, QUIT (or, given `goodbyes`, leave the connections
        there, for the end of the run to QUIT them all together), and return one report
        per failed queued message."""
        self._goodbyes = goodbyes
        if self.asynchronous:
            for _ in self._workers:
                self._queue.put(None)
            for worker in self._workers:
                worker.join()
            self._drain_leftovers()
            return self._failure_reports()
        if self._link is not None:
            self._let_go(self._link)
            self._link = None
        return self._failure_reports(self._doubted)

    def _let_go(self, link: Link) -> None:
        """A connection the session no longer needs: QUIT now, or kept for close's
        `goodbyes`."""
        if self._goodbyes is None:
            link.close()
            self._settle(link)
        else:
            link.after_quit = lambda: self._settled_at_end(link)
            self._goodbyes.append(link)

    def _settled_at_end(self, link: Link) -> None:
        """The run's end said QUIT on `link` (transport.quit_all): a refusal read there puts
        its last message in doubt (_settle), said on stderr as EmailCloseSession would have
        said it (the script never closed the session)."""
        told = len(self._doubted)
        self._settle(link)
        if len(self._doubted) > told:
            self.state.write_reports(self._failure_reports(self._doubted[told:]))

    def _settle(self, link: Link) -> None:
        """The last message sent on `link` was said sent, but the server refused something
        where no command was waiting for a reply (Link.doubt): it may have refused that
        message, so its status becomes an error that "may or may not have been delivered",
        told by the session's close (nothing the user sent is lost silently)."""
        msg_id, link.last_sent = link.last_sent, ""
        record = self.state.statuses.get(msg_id) if msg_id and link.doubt else None
        if record is None:
            return
        self.state.statuses.update(msg_id, Status.ERROR, MailError(
            link.server, "end of data", link.doubt).message, maybe_delivered=True)
        self._doubted.append(record)

    def abandon(self) -> list[str]:
        """The run was interrupted (Ctrl-C) while waiting for the queue: nothing more is
        sent, and every message not known to be sent is reported as such."""
        table = self.state.statuses
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                table.update(job[0], Status.ERROR, "not sent: the run was interrupted "
                                                   "before its turn came")
        for msg_id, _ in table.of(self, Status.PENDING):
            table.update(msg_id, Status.ERROR, "the run was interrupted while it was being "
                                               "sent", maybe_delivered=True)
        return self._failure_reports()

    def _failure_reports(self, only: list[Record] | None = None) -> list[str]:
        """One line a failed message (those of `only` when given: a synchronous session's
        call told its own failures): "was not sent", or "may or may not have been
        delivered" when the server may have it (never called not sent). Once reported,
        the failures may be forgotten beyond KEPT_STATUSES."""
        reports = [f"message <{msg_id}> to {', '.join(rec.rcpts)} (session '{self.label}') "
                   f"{'may or may not have been delivered' if rec.maybe_delivered else 'was not sent'}"
                   f": {rec.error}"
                   for msg_id, rec in self.state.statuses.of(self, Status.ERROR)
                   if only is None or any(rec is told for told in only)]
        self.state.statuses.reported(self)
        return reports

    def _drain_leftovers(self) -> None:
        """Safety net: deliver here whatever no worker took (e.g. put back by a retiring
        worker after the sentinels), so no queued message can be left behind."""
        link, self._spare = self._spare, None
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                link = self._deliver(link, job)
        if link is not None:
            self._let_go(link)


class MailState:
    """Per-run e-mail state, created on first use and flushed by an at-exit hook."""

    def __init__(self, options: MailOptions, report: Callable[[str], None]) -> None:
        self.options = options
        self.timeout = options.timeout
        self.report = report
        self.sessions: dict[Hashable, Session] = {}
        self.failed_starts: dict[Hashable, str] = {}
        self.closed: set[Hashable] = set()
        self.statuses = StatusTable()
        self.local_hostname = _local_hostname()

    def ssl_context(self, ca_file: str | None) -> ssl.SSLContext:
        """A verifying context (system store + `ca_file`), shared by the process's runs
        (wlinterp/tls_contexts.py: building one read the whole store at every start)."""
        from wlinterp.tls_contexts import shared_verifying_context
        return shared_verifying_context(ca_file)

    def close(self, key: Hashable, goodbyes: list[Link] | None = None) -> list[str]:
        """Close one session (its connections left in `goodbyes` when given: Session.close);
        its failure reports are also written to stderr."""
        session = self.sessions.pop(key)
        self.closed.add(key)
        try:
            reports = session.close(goodbyes)
        except BaseException:  # Ctrl-C, --timeout, anything: still report every message
            self.write_reports(session.abandon())
            raise
        self.write_reports(reports)
        return reports

    def write_reports(self, reports: list[str]) -> None:
        """Each report on stderr, as `Email: ...`."""
        for line in reports:
            self.report(f"Email: {line}")

    def shutdown(self, farewells: Farewells) -> None:
        """End of run: close every session still open, reporting queued failures.

        When the run is being stopped (Ctrl-C, --timeout: a BaseException is on its way
        out) the queues are not waited for: what was not sent is reported at once.
        Once every queue is done, the connections say QUIT with the run's other
        connections (transport.quit_all, goodbyes.Farewells: its answer changes nothing,
        the messages were accepted at their end of data)."""
        goodbyes: list[Link] = []
        try:
            if not _run_is_stopping():
                for key in list(self.sessions):
                    self.close(key, goodbyes)
        finally:
            quit_all(goodbyes, farewells)
            for key in list(self.sessions):
                self.closed.add(key)
                self.write_reports(self.sessions.pop(key).abandon())


def _run_is_stopping() -> bool:
    """Is a KeyboardInterrupt / time limit (not a WLanguage error) propagating right now?"""
    exc = sys.exc_info()[1]
    return exc is not None and not isinstance(exc, Exception)


def open_session(state: MailState, key: Hashable, label: str, *, host: str, port: int,
                 mode: Mode, user: str, password: str, asynchronous: bool,
                 token: str = "") -> Session:
    """Open (or reopen) the session `key`; MailError/OSError-free: failures are MailError.
    An OAuth `token` (emailSMTPSession.AuthToken) is sent with XOAUTH2 instead of the
    password (the help page's example gives both)."""
    if key in state.sessions:
        state.close(key)  # reopening a name replaces the old session (documented)
    state.closed.discard(key)
    state.failed_starts.pop(key, None)
    endpoint = resolve_endpoint(host, port, mode, state.options)
    try:
        context = state.ssl_context(endpoint.ca_file)
    except CAFileError as exc:  # (its words name the file and why)
        raise MailError(endpoint.label(), "loading the CA file", exc.message) from None
    secret = BearerToken(token) if token else Secret(password) if password else None
    params = LinkParams(endpoint, mode, user, secret,
                        context, state.timeout, state.options.deadline_for(state.timeout),
                        state.options.allow_cleartext_auth, state.local_hostname,
                        oauth=bool(token))
    session = Session(state, label, params, asynchronous)
    try:
        session.open()
    except MailError as err:
        state.failed_starts[key] = err.message
        raise
    state.sessions[key] = session
    return session


def state_of(rt: Any) -> MailState:
    """The run's MailState, created (with its at-exit flush) on first use."""
    return per_run(rt, "email", lambda: MailState(MailOptions.from_runtime(rt.options),
                                                  rt.write_err), MailState.shutdown)
