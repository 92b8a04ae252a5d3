"""One connection's parameters (`LinkParams`) and the smtplib client that opens it
(`SMTPClient`): the TCP target may differ from the host name the certificate must match
(routing, capture), the stage reached is kept for error messages, and replies are read
with bounded memory. The SMTP steps themselves are transport.py's.
"""
from __future__ import annotations

__all__ = ["LinkParams", "SMTPClient"]

import smtplib
import socket
import ssl
from dataclasses import dataclass

from .modes import Mode
from .replies import check_in_step, read_reply, reply_in_step
from .routing import Endpoint
from .security import Secret


@dataclass(frozen=True)
class LinkParams:
    """Everything needed to open one connection of a session."""

    endpoint: Endpoint
    mode: Mode
    user: str
    secret: Secret | None
    context: ssl.SSLContext
    timeout: float
    deadline: float
    allow_cleartext_auth: bool = False
    local_hostname: str = "localhost"
    oauth: bool = False
    """`secret` is an OAuth access token (a BearerToken) to send with AUTH XOAUTH2."""

    def __repr__(self) -> str:  # no secret, no context internals
        return (f"LinkParams({self.endpoint.label()}, {self.mode.value}, user={self.user!r}, "
                f"timeout={self.timeout:g})")


class SMTPClient(smtplib.SMTP):
    """smtplib.SMTP whose TCP target can differ from the host name TLS verifies.

    `connect(tls_hostname, port)` keeps smtplib's `_host` (used as `server_hostname` by
    `starttls`) equal to the certificate name, while the socket goes to `endpoint`.
    """

    def __init__(self, params: LinkParams) -> None:
        super().__init__(local_hostname=params.local_hostname, timeout=params.timeout)
        self.params = params
        self.stage = "connection"

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        ep = self.params.endpoint
        self.stage = "connection"
        sock = socket.create_connection((ep.connect_host, ep.connect_port), timeout)
        try:
            if ep.capture is not None:
                ep.capture.note_client(sock.getsockname()[1], ep.requested_host,
                                       ep.requested_port, self.params.mode.value,
                                       self.params.user)
            if self.params.mode is Mode.SSL:
                self.stage = "TLS handshake"
                sock = self.params.context.wrap_socket(sock, server_hostname=ep.tls_hostname)
        except BaseException:
            sock.close()
            raise
        self.stage = "waiting for the server greeting"
        return sock

    def getreply(self) -> tuple[int, bytes]:
        """smtplib's reply reader, with bounded memory, and no second reply already
        behind the one read (replies.py read_reply, reply_in_step)."""
        return reply_in_step(self, *read_reply(self))

    def putcmd(self, cmd: str, args: str = "") -> None:
        """smtplib's, once sure the server has not spoken unasked (replies.py
        check_in_step): a stray reply would be read as this command's."""
        check_in_step(self)
        super().putcmd(cmd, args)
