"""Where a session really connects, and which name its certificate must carry.

Ported WINDEV code names production servers (``smtp.gmail.com``, 587). To run it against
a test server without editing it, ``--smtp-route HOST[:PORT]=HOST:PORT`` (and the
``WL_SMTP_ROUTE`` variable) redirect the TCP connection only: TLS still checks the
certificate against the host the script named, so a route cannot silently weaken
verification. The mailbox tool's capture server overrides both.

A capture's CA file is read only for a session that uses TLS: the capture makes its
certificate on that first request (mailbox/tls.py), so a script that sends in plain
SMTP never waits for one.
"""
from __future__ import annotations

__all__ = ["Endpoint", "parse_route", "parse_routes", "resolve_endpoint"]

import re
from dataclasses import dataclass
from typing import Any

from ..host_names import host_port
from .failures import MailError
from .modes import Mode
from .options import MailOptions
from ..digits import ascii_digits

_HOST_RE = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$")


@dataclass(frozen=True)
class Endpoint:
    """The server a script asked for, and where we actually go."""

    requested_host: str
    requested_port: int
    connect_host: str
    connect_port: int
    tls_hostname: str
    ca_file: str | None = None
    capture: Any = None

    def label(self) -> str:
        """How error messages name the server: the script's name, plus any redirection."""
        asked = host_port(self.requested_host, self.requested_port)
        actual = host_port(self.connect_host, self.connect_port)
        if self.capture is not None:
            return f"{asked} (captured at {actual})"
        if actual != asked:
            return f"{asked} (routed to {actual})"
        return asked


def _split_host_port(text: str, what: str, port_required: bool) -> tuple[str, int | None]:
    """`host`, `host:port` or `[v6]:port` -> (host, port or None); ValueError if malformed."""
    text = text.strip()
    if text.startswith("["):
        end = text.find("]")
        if end < 0:
            raise ValueError(f"{what} '{text}': missing ']' after an IPv6 address")
        host, rest = text[1:end], text[end + 1:]
        if rest and not rest.startswith(":"):
            raise ValueError(f"{what} '{text}': expected ':PORT' after ']'")
        port_text = rest[1:] if rest else None
    elif text.count(":") == 1:
        host, port_text = text.split(":")
    elif ":" in text:
        raise ValueError(f"{what} '{text}': write IPv6 addresses as [ADDRESS]:PORT")
    else:
        host, port_text = text, None
    if not host or (not text.startswith("[") and not _HOST_RE.match(host)):
        raise ValueError(f"{what} '{text}': '{host}' is not a host name or address")
    if port_text is None:
        if port_required:
            raise ValueError(f"{what} '{text}': a port is required (HOST:PORT)")
        return host, None
    if not ascii_digits(port_text) or not 1 <= int(port_text) <= 65535:
        raise ValueError(f"{what} '{text}': '{port_text}' is not a port number (1-65535)")
    return host, int(port_text)


def parse_route(text: str) -> tuple[str, tuple[str, int]]:
    """Parse one ``--smtp-route`` value: ``HOST[:PORT]=HOST:PORT``.

    Returns ``(key, (host, port))`` where key is ``host`` or ``host:port`` in lower case,
    ready for ``rt.options["smtp_routes"]``. Raises ValueError with a readable message.
    """
    if text.count("=") != 1:
        raise ValueError(f"SMTP route '{text}': expected FROM=TO, "
                         "e.g. smtp.gmail.com:587=127.0.0.1:2525")
    left, right = text.split("=")
    src_host, src_port = _split_host_port(left, "SMTP route source", port_required=False)
    dst_host, dst_port = _split_host_port(right, "SMTP route target", port_required=True)
    key = src_host.lower() if src_port is None else f"{src_host.lower()}:{src_port}"
    return key, (dst_host, int(dst_port))  # type: ignore[arg-type]


def parse_routes(text: str) -> dict[str, tuple[str, int]]:
    """Parse ``WL_SMTP_ROUTE``: several routes separated by commas and/or whitespace."""
    routes: dict[str, tuple[str, int]] = {}
    for item in re.split(r"[,\s]+", text.strip()):
        if item:
            key, target = parse_route(item)
            routes[key] = target
    return routes


def resolve_endpoint(host: str, port: int, mode: Mode, options: MailOptions) -> Endpoint:
    """Apply capture (first) or routes to the server a script named."""
    capture = options.capture
    if capture is not None:
        cport = int(capture.tls_port if mode is Mode.SSL else capture.plain_port)
        endpoint = Endpoint(host, port, str(capture.host), cport, str(capture.tls_hostname),
                            None, capture)
        if mode is Mode.PLAIN:
            return endpoint
        try:
            ca_file = capture.ca_file
        except (ValueError, OSError) as error:  # the capture could not make its certificate
            raise MailError(endpoint.label(), "preparing the capture's TLS", str(error)) from None
        return Endpoint(host, port, str(capture.host), cport, str(capture.tls_hostname),
                        str(ca_file), capture)
    lowered = host.lower()
    target = options.routes.get(f"{lowered}:{port}") or options.routes.get(lowered)
    if target is None:
        return Endpoint(host, port, host, port, host, options.ca_file)
    return Endpoint(host, port, target[0], int(target[1]), host, options.ca_file)
