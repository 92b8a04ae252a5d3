"""The capture SMTP server: aiosmtpd on 127.0.0.1, storing every message in a CaptureStore.

It speaks real SMTP so that a script's session code runs unchanged: a plain
listener that offers STARTTLS, a second listener with implicit TLS, AUTH
PLAIN/LOGIN that accepts any credentials (the user name is recorded, the
password is dropped on arrival), and injected faults (faults.py).

The TLS certificate (a throwaway CA in DIR/wl-tls/, made at start or on the first
request for it) is in tls.py; one connection's SMTP session (faults, hang-up) in
session.py; what is done for a message after its 250, in backlog.py. The server runs
its own asyncio loop in a daemon thread, so the interpreter (synchronous, same process)
and `wl mailbox serve` (main thread waiting for Ctrl-C) use it the same way: construct,
`start()`, `close()`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
from dataclasses import dataclass
from typing import Any, Callable

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from .backlog import MAX_ITEMS, Backlog
from .faults import FaultPlan
from .session import CaptureSMTP, GreetingFault, peer_port
from .opening import Opened, capture_error, open_capture
from .store import TLS_DIR, CaptureStore, MailboxError, Requested
from .storing import Storing
from .tls import HOST, TLS_HOSTNAME, ThrowawayTLS, remove_folder

__all__ = ["HOST", "TLS_HOSTNAME", "CaptureConfig", "CaptureServer"]

_IDENT = "wl capture mailbox (messages are stored, not delivered)"
_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 5.0
_log = logging.getLogger(__name__)
# aiosmtpd logs a warning for every odd client command; without a handler on
# its logger, Python would print those on the script's stderr. Records still
# propagate to any logging the application configures.
logging.getLogger("mail.log").addHandler(logging.NullHandler())


@dataclass
class CaptureConfig:
    """What to start: where to store, which ports (0 = any free one), TLS, faults."""

    directory: str
    faults: FaultPlan
    port: int = 0
    tls: bool = True
    tls_port: int = 0
    on_message: Callable[[dict[str, Any]], None] | None = None
    tls_on_demand: bool = False
    """Make the certificate on the first `ensure_tls` (or `ca_file`) rather than at
    start (tls.py): until then STARTTLS is not offered and the implicit-TLS port holds
    its connections in the listen queue."""
    settle_every: int = MAX_ITEMS
    """Settle the backlog (records, summary lines) every this many messages, besides
    when idle (backlog.py): the child of `wl run --capture` settles by small batches on
    its own core, so that little is left for its stop, which the run waits for."""
    opened: Opened | None = None
    """The store and ports already opened (child.py opens them before importing this
    module, opening.py); None: `start` opens them."""
    files_first: bool = True
    """Each message file in new/ before its 250 (for `serve`, whose clients may read the
    Maildir at once); False: written just after (journal.py), for captures whose results
    are read through `captured`/`settle`, which wait for the files."""


class _CaptureHandler:
    """aiosmtpd hooks: envelope faults (MAIL, RCPT, DOT) and delivery to the store."""

    def __init__(self, owner: CaptureServer) -> None:
        self.owner = owner

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, mail_options: list[str]) -> str:
        fault = self.owner.faults.for_phase("MAIL")
        if fault:
            return fault.reply()
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        fault = self.owner.faults.for_phase("RCPT", address)
        if fault:
            return fault.reply()
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        fault = self.owner.faults.for_phase("DOT")
        if fault:
            return fault.reply()
        assert isinstance(server, CaptureSMTP)
        try:
            await self.owner.store(server, session, envelope)
        except (MailboxError, OSError) as error:
            reason = str(error).encode("ascii", "replace").decode("ascii")
            return f"451 4.3.0 The capture mailbox could not store the message: {reason}"
        return "250 OK: message captured, not delivered"

    async def handle_exception(self, error: Exception) -> str:
        """A bug here must not print a traceback into the script's output."""
        _log.debug("capture session error", exc_info=error)
        return f"451 4.3.0 Capture server error ({type(error).__name__})"

    def authenticate(self, server: SMTP, session: Session, envelope: Envelope,
                     mechanism: str, auth_data: Any) -> AuthResult:
        """Accept any credentials; keep the user name only, never the password."""
        login = auth_data.login if isinstance(auth_data, LoginPassword) else b""
        return AuthResult(success=True, auth_data=login.decode("utf-8", "replace"))


def _quiet_loop_errors(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """Client-side mistakes (bad TLS handshake, reset) are not the user's business on stderr."""
    _log.debug("capture loop: %s", context.get("message"), exc_info=context.get("exception"))


class CaptureServer:
    """A running capture: the handle that `start_capture` returns (see commands.py)."""

    host = HOST
    tls_hostname = TLS_HOSTNAME

    def __init__(self, config: CaptureConfig) -> None:
        self.config = config
        self.faults = config.faults
        self.directory = ""
        self.plain_port = 0
        self.tls_port: int | None = None
        self.sessions: set[CaptureSMTP] = set()
        self._notes: dict[int, Requested] = {}
        self._lock = threading.Lock()
        self._store: CaptureStore | None = None
        self._backlog: Backlog | None = None
        self._storing: Storing | None = None
        self._tls: ThrowawayTLS | None = None
        self._tls_lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._servers: list[asyncio.AbstractServer] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    # -- life cycle --------------------------------------------------------

    def start(self) -> CaptureServer:
        """Open DIR, bind the ports (or take them opened: `CaptureConfig.opened`), start
        the loop thread; on any failure undo everything."""
        try:
            opened = self.config.opened or open_capture(
                self.config.directory, self.faults, port=self.config.port,
                tls=self.config.tls, tls_port=self.config.tls_port,
                files_first=self.config.files_first)
            self._store = opened.store
            self._sockets = list(opened.sockets)
            self._backlog = Backlog(self._store, self.config.on_message, self.config.settle_every)
            self.directory = self._store.path
            self.plain_port = opened.plain.getsockname()[1]
            if opened.implicit is not None:
                self.tls_port = opened.implicit.getsockname()[1]
                if self.config.tls_on_demand and not self.faults.refuses_connections:
                    opened.implicit.listen()  # clients wait in the queue until the certificate is made
                if not self.config.tls_on_demand:
                    self._tls = ThrowawayTLS(self._store.tls_dir)
            self._start_loop()
        except OSError as error:  # a full disk while writing the CA file...
            self.close()
            raise capture_error(self.config.directory, error) from None
        except BaseException:
            self.close()
            raise
        return self

    def _start_loop(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._loop.set_exception_handler(_quiet_loop_errors)
        assert self._store is not None and self._backlog is not None
        self._storing = Storing(self._store, self._backlog, self._loop)
        self._thread = threading.Thread(target=self._run_loop, name="wl-capture", daemon=True)
        self._thread.start()
        if not self.faults.refuses_connections:  # CONNECT=refuse: bound, never listening
            future = asyncio.run_coroutine_threadsafe(self._serve(), self._loop)
            future.result(timeout=_START_TIMEOUT)

    def _run_loop(self) -> None:
        assert self._loop is not None
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_forever()
        finally:
            pending = asyncio.all_tasks(self._loop)
            for task in pending:
                task.cancel()
            if pending:
                self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            self._loop.close()

    async def _serve(self) -> None:
        for sock in self._sockets:
            if sock.getsockname()[1] != self.tls_port:
                await self._listen(sock, None)
            elif self._tls is not None:
                await self._listen(sock, self._tls.context)

    async def _listen(self, sock: socket.socket, context: Any) -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(self._protocol_factory(context is not None), sock=sock,
                                          ssl=context, ssl_handshake_timeout=10 if context else None)
        self._servers.append(server)

    @property
    def ca_file(self) -> str | None:
        """The CA certificate's file (made now if it is made on demand); None without TLS."""
        if self._tls is not None:
            return self._tls.ca_file
        if not self.config.tls or self._store is None or self._closed:
            return None
        return self.ensure_tls()

    def ensure_tls(self) -> str:
        """Make the certificate if it is not made yet (see tls.py), start the implicit-TLS
        listener and offer STARTTLS from then on; returns the CA file. Called by clients
        (never from the loop's thread). MailboxError when it cannot be made (a full disk)."""
        with self._tls_lock:
            if self._tls is None:
                assert self._store is not None and self.config.tls
                try:
                    self._tls = ThrowawayTLS(self._store.tls_dir)
                except OSError as error:
                    where = f" ({error.filename})" if error.filename else ""
                    raise MailboxError(f"cannot make the capture's TLS certificate: "
                                       f"{error.strerror or error}{where}.") from None
                implicit = [s for s in self._sockets if s.getsockname()[1] == self.tls_port]
                if self._loop is not None and implicit and not self.faults.refuses_connections \
                        and not self._closed:
                    asyncio.run_coroutine_threadsafe(
                        self._listen(implicit[0], self._tls.context), self._loop
                    ).result(_START_TIMEOUT)
            return self._tls.ca_file

    def _protocol_factory(self, implicit_tls: bool) -> Callable[[], asyncio.BaseProtocol]:
        handler = _CaptureHandler(self)
        connect_fault = self.faults.for_phase("CONNECT")

        def make() -> asyncio.BaseProtocol:
            if connect_fault is not None:
                return GreetingFault(connect_fault.reply())
            tls = self._tls  # made on demand: connections after it are offered STARTTLS
            starttls = None if implicit_tls or tls is None else tls.context
            return CaptureSMTP(handler, implicit_tls=implicit_tls, loop=self._loop,
                                hostname=TLS_HOSTNAME, ident=_IDENT, tls_context=starttls,
                                auth_require_tls=False, authenticator=handler.authenticate,
                                enable_SMTPUTF8=True)
        return make

    def close(self) -> None:
        """Stop listening, end open sessions, stop the thread; stored mail stays. Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            try:
                asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(_STOP_TIMEOUT)
            except Exception as error:  # stopping must go on whatever the loop says
                _log.debug("capture shutdown: %r", error)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(_STOP_TIMEOUT)
        if self._storing is not None:
            self._storing.close()
        if self._backlog is not None:
            self._backlog.settle()
        if self._store is not None:
            self._store.stop_capturing()
        for sock in self._sockets:
            sock.close()
        if self._tls is not None:
            self._tls.remove()
        elif self._store is not None and self.config.tls:
            remove_folder(os.path.join(self.directory, TLS_DIR))

    async def _shutdown(self) -> None:
        for server in self._servers:
            server.close()
        for session in list(self.sessions):
            session.hang_up()
        for _ in range(10):  # let the closed transports run connection_lost (50 ms at most)
            if not self.sessions:
                break
            await asyncio.sleep(0.005)

    def __enter__(self) -> CaptureServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- what clients and the CLI call ---------------------------------------

    def note_client(self, client_port: int, requested_host: str, requested_port: int,
                    mode: str, user: str) -> None:
        """Remember what the script asked for, keyed by the client's local port.

        The user name is accepted for the contract's sake but not stored here:
        the index records the user that actually authenticated.
        """
        with self._lock:
            self._notes[int(client_port)] = Requested(
                str(requested_host), int(requested_port), str(getattr(mode, "value", mode)))

    def forget_client(self, client_port: int) -> None:
        with self._lock:
            self._notes.pop(client_port, None)

    @property
    def captured(self) -> list[dict[str, Any]]:
        """The records of the messages captured by this handle, in arrival order."""
        return self._backlog.records() if self._backlog is not None else []

    def settle(self) -> None:
        """Write the wl-index records of every message received so far now (the capture
        does it by itself when idle and at close; see backlog.py)."""
        if self._backlog is not None:
            self._backlog.settle()

    def summary_lines(self) -> list[str]:
        """One line per message captured by this run, in arrival order."""
        from .summaryline import summary_line

        return [summary_line(record) for record in self.captured]

    async def store(self, server: CaptureSMTP, session: Session, envelope: Envelope) -> None:
        """Store one received message durably (storing.py); its record is made later
        (backlog.py). OSError or MailboxError: not stored (the client gets 451)."""
        assert self._storing is not None
        await self._storing.store(envelope.original_content or b"",
                                  self._envelope_of(server, session, envelope),
                                  alone=len(self.sessions) <= 1)

    def _envelope_of(self, server: CaptureSMTP, session: Session,
                     envelope: Envelope) -> dict[str, Any]:
        """What the session knows about its message, as CaptureStore.store's arguments."""
        client_port = peer_port(session)
        with self._lock:
            requested = self._notes.get(client_port) if client_port is not None else None
        tls = "ssl" if server.implicit_tls else ("starttls" if session.ssl is not None else "plain")
        user = session.auth_data if session.authenticated and isinstance(session.auth_data, str) else None
        return {"mail_from": envelope.mail_from, "rcpt_tos": list(envelope.rcpt_tos), "tls": tls,
                "user": user, "requested": requested}
