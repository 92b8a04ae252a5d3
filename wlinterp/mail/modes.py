"""The three ways an SMTP session can be protected, and their standard ports.

WLanguage option constants map onto these in one table (stdlib/email_sessions.py,
`OPTION_MODES`); everything below the built-ins speaks only in `Mode`.
"""
from __future__ import annotations

__all__ = ["Mode", "STANDARD_PORTS"]

from enum import Enum


class Mode(str, Enum):
    """How the connection is protected; the value is the name given to the capture tool."""

    PLAIN = "plain"        # no TLS at all (port 25)
    STARTTLS = "starttls"  # plain connect, then STARTTLS, which is REQUIRED (port 587)
    SSL = "ssl"            # implicit TLS from the first byte (port 465)


STANDARD_PORTS: dict[Mode, int] = {Mode.PLAIN: 25, Mode.STARTTLS: 587, Mode.SSL: 465}
"""The port used when a session variable leaves `Port` at 0."""
