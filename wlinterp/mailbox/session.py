"""The capture's SMTP session: aiosmtpd's, plus injected faults and a clean hang-up.

Split from server.py (which runs the listeners and stores messages): what happens on one
connection — faults before a command (faults.py), a reply that asks to drop the
connection, the greeting fault of CONNECT=<code> — and how the client's port is read.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

from aiosmtpd.smtp import SMTP, Session

from .faults import FaultReply

__all__ = ["CaptureSMTP", "GreetingFault", "READ_CHUNK", "peer_port", "simple_address"]

READ_CHUNK = 64 << 10
"""The most bytes one read of a connection takes. asyncio reads up to 256 KiB at a time
into a new bytes object, cut to what came: in the capture's process the C library gives
a block that size from the system (mmap) and returns it (munmap) on every read (counted,
in the event loop's thread: 4 mmap, 4 mremap and 4 munmap a message, each unmapping a
cross-core flush of the address translations). Under the C library's threshold for
that (128 KiB by default) a read's block comes from the heap."""


_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_SIMPLE_ADDRESS = re.compile(rf"<({_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>[ \t]*")
_PLAIN_REST = re.compile(r"[\t\x20-\x7e]*")
"""The parameters the quick reading keeps as they are: printable ASCII and TAB."""


def simple_address(arg: str) -> tuple[str, str] | None:
    """(address, parameters) of MAIL FROM/RCPT TO's argument when it is the plain
    ``<local@domain>`` form (a dot-atom local part, a host name), as aiosmtpd's parser
    would give them; None for anything else (quoting, comments, a route, an address
    literal, non-ASCII...), which goes to that parser.

    Why: aiosmtpd reads each address with the full RFC 5322 parser of the `email`
    package and defines a class on every call (`SMTP._getaddr`); twice a message (MAIL,
    RCPT) that was the dearest thing a session did: 0.11-0.32 ms of processor time a
    call at load 13-15 (the plain form here: 1.5-2.4 microseconds; docs/mailbox.md,
    "Seventh round"). `tests/mailbox/test_mailbox_session.py` checks, with
    generated arguments, that whatever this accepts the parser reads the same way."""
    match = _SIMPLE_ADDRESS.match(arg)
    if match is None or arg.startswith("(", match.end()):  # a comment: the parser's business
        return None
    rest = arg[match.end():]
    if not _PLAIN_REST.fullmatch(rest):  # a character the parser reads its own way: the
        return None  # line separator U+2028 was kept here where the parser drops it
    return match.group(1), rest


class _QuietSession(Session):
    """aiosmtpd's Session warns on every use of its deprecated login_data; we never read it."""

    @property
    def login_data(self) -> Any:
        return self._login_data

    @login_data.setter
    def login_data(self, value: Any) -> None:
        self._login_data = value


class CaptureSMTP(SMTP):
    """One SMTP session: aiosmtpd plus pre-command faults and hang-up after fault replies."""

    def __init__(self, handler: Any, *, implicit_tls: bool, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.implicit_tls = implicit_tls
        self._owner = handler.owner

    def _create_session(self) -> Session:
        return _QuietSession(self.loop)

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """aiosmtpd's address reading, with the plain form read directly (see
        `simple_address`); its limit on the local part's length still applies."""
        simple = simple_address(arg)
        if simple is None:
            return super()._getaddr(arg)
        address, rest = simple
        if self.local_part_limit and len(address.rpartition("@")[0]) > self.local_part_limit:
            return None, None
        return address, rest

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if hasattr(transport, "max_size"):  # a socket's transport (TLS reads differently)
            setattr(transport, "max_size", READ_CHUNK)
        super().connection_made(transport)
        self._owner.sessions.add(self)

    def connection_lost(self, error: Exception | None) -> None:
        self._owner.sessions.discard(self)
        port = peer_port(self.session)
        if port is not None:
            self._owner.forget_client(port)
        super().connection_lost(error)

    async def push(self, status: Any) -> None:
        """Send a reply; a fault reply may ask to drop the connection right after."""
        if isinstance(status, FaultReply):
            if status:
                await super().push(str(status))
            if status.drop:
                self.hang_up()
            return
        await super().push(status)

    def hang_up(self) -> None:
        """Close like QUIT does: the transport, then the command loop."""
        if self.transport is not None:
            self.transport.close()
        if self._handler_coroutine is not None:
            self._handler_coroutine.cancel()

    async def _injected(self, phase: str) -> bool:
        """Answer with the fault for `phase`, if any; True means the command is done."""
        fault = self._owner.faults.for_phase(phase)
        if fault is None:
            return False
        await self.push(fault.reply())
        return True

    async def smtp_EHLO(self, hostname: str) -> None:
        if not await self._injected("EHLO"):
            await super().smtp_EHLO(hostname)

    async def smtp_HELO(self, hostname: str) -> None:
        if not await self._injected("EHLO"):
            await super().smtp_HELO(hostname)

    async def smtp_STARTTLS(self, arg: str) -> None:
        if not (self.tls_context and await self._injected("STARTTLS")):
            await super().smtp_STARTTLS(arg)

    async def smtp_AUTH(self, arg: str) -> None:
        if not await self._injected("AUTH"):
            await super().smtp_AUTH(arg)

    async def smtp_DATA(self, arg: str) -> None:
        # Only a DATA that would be accepted is faulted; a DATA out of order
        # keeps aiosmtpd's normal 503 so a client bug is not hidden.
        if not (self.envelope and self.envelope.rcpt_tos and not arg and await self._injected("DATA")):
            await super().smtp_DATA(arg)


class GreetingFault(asyncio.Protocol):
    """CONNECT=<code> or CONNECT=close: greet with the fault (or nothing), then hang up."""

    def __init__(self, reply: FaultReply) -> None:
        self.reply = reply

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.WriteTransport)
        if self.reply:
            transport.write(str(self.reply).encode("ascii") + b"\r\n")
        transport.close()


def peer_port(session: Session | None) -> int | None:
    """The client's port from aiosmtpd's peer tuple (typed there as a str, but a tuple)."""
    peer: Any = session.peer if session is not None else None
    if isinstance(peer, tuple) and len(peer) >= 2 and isinstance(peer[1], int):
        return peer[1]
    return None
