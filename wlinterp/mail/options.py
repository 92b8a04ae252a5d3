"""The e-mail runtime's options: what the CLI puts in `rt.options`, read in one place.

The command line (or a test, or the mailbox tool) fills these keys of `rt.options`; the
Email built-ins only read them, once per run, through `MailOptions.from_runtime`:

``smtp_routes``: ``dict[str, tuple[str, int]]``
    Keys are ``"host"`` or ``"host:port"`` (lower case). A session opened for a matching
    host (and port) connects to the mapped address instead, while TLS still verifies the
    server certificate against the host name the script named. ``host:port`` keys win
    over bare ``host`` keys. Build the dict with `wlinterp.mail.routing.parse_route` (one
    ``--smtp-route`` value) or `parse_routes` (the ``WL_SMTP_ROUTE`` variable: several
    routes separated by commas or whitespace).

``ca_file``: ``str | None``
    A PEM file of CA certificates trusted *in addition to* the system store
    (``--ca-file`` / ``WL_CA_FILE``). Certificates are always verified; there is no option
    to turn verification off.

``allow_cleartext_auth``: ``bool``
    Send AUTH credentials over a connection without TLS to a non-loopback address
    (``--allow-cleartext-auth``). Off by default: such a session fails before the
    password is sent. Loopback addresses (127.0.0.0/8, ::1) are always allowed.

``capture``: an object or ``None`` (the mailbox tool's capture server)
    With attributes ``host``, ``plain_port`` (plain SMTP offering STARTTLS), ``tls_port``
    (implicit TLS), ``ca_file``, ``tls_hostname`` and the method
    ``note_client(client_port, requested_host, requested_port, mode, user)``. When set,
    every session goes to the capture server whatever host it names (implicit-TLS
    sessions to ``tls_port``, the others to ``plain_port``), certificates are verified
    against ``ca_file`` and ``tls_hostname``, and ``note_client`` is called right after the
    TCP connection is made (``mode`` is ``"plain"``, ``"starttls"`` or ``"ssl"``). Capture
    wins over ``smtp_routes``.

``email_timeout``: ``float`` (seconds), optional
    The initial value of EmailSetTimeOut's timeout; 600 s (10 minutes, as the help says)
    when absent. It bounds every single wait on the server.

``email_deadline``: ``float`` (seconds), optional
    An overall limit for one session start or one message send (reading: for one step
    with a POP3 or IMAP server, a message read included). When absent it is
    3 x the timeout plus 1 s per 64 KB of message (so a slow but steady server is not cut
    off while a trickling one is).

``email_async_connections``: ``int``, optional
    How many connections an asynchronous session may use in parallel (default 4).
"""
from __future__ import annotations

__all__ = ["MailOptions", "DEFAULT_TIMEOUT", "DEFAULT_ASYNC_CONNECTIONS"]

from dataclasses import dataclass, field
from typing import Any

DEFAULT_TIMEOUT = 600.0
"""EmailSetTimeOut's documented default: 10 minutes."""

DEFAULT_ASYNC_CONNECTIONS = 4
"""Parallel connections of an asynchronous session; enough to beat one connection on
loopback (performance.md §3) without hammering a real server."""

SLOW_LINK_BYTES_PER_SECOND = 64 * 1024
"""The slowest steady upload the default deadline still accepts for big messages."""


@dataclass(frozen=True)
class MailOptions:
    """A typed, read-only view of the e-mail keys of `rt.options`."""

    routes: dict[str, tuple[str, int]] = field(default_factory=dict)
    ca_file: str | None = None
    allow_cleartext_auth: bool = False
    capture: Any = None
    timeout: float = DEFAULT_TIMEOUT
    deadline: float | None = None
    async_connections: int = DEFAULT_ASYNC_CONNECTIONS

    @classmethod
    def from_runtime(cls, options: dict[str, Any]) -> "MailOptions":
        """Read `rt.options`; missing keys take their defaults, route keys are lowered."""
        routes = {str(k).lower(): (str(h), int(p))
                  for k, (h, p) in (options.get("smtp_routes") or {}).items()}
        timeout = options.get("email_timeout")
        deadline = options.get("email_deadline")
        conns = options.get("email_async_connections")
        return cls(
            routes=routes,
            ca_file=options.get("ca_file") or None,
            allow_cleartext_auth=bool(options.get("allow_cleartext_auth", False)),
            capture=options.get("capture"),
            timeout=float(timeout) if timeout else DEFAULT_TIMEOUT,
            deadline=float(deadline) if deadline else None,
            async_connections=max(1, int(conns)) if conns else DEFAULT_ASYNC_CONNECTIONS,
        )

    def deadline_for(self, timeout: float, size: int = 0) -> float:
        """Overall seconds allowed for one session start (size 0) or one message."""
        if self.deadline is not None:
            return self.deadline
        return 3 * timeout + size / SLOW_LINK_BYTES_PER_SECOND
