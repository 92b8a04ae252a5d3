"""aiosmtpd on 127.0.0.1 for the hardening tests: a recording handler with scripted faults."""
from __future__ import annotations

import asyncio
import email
import socket
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Store:
    """Records the Message-ID of every message it answered 250 to after the final dot."""

    delay: float = 0.0
    stored: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay:
            await asyncio.sleep(self.delay)
        parsed = email.message_from_bytes(envelope.original_content)
        self.stored.append(str(parsed["Message-ID"]))
        return "250 OK stored"


def start(handler: Any, **kwargs: Any) -> Controller:
    """A started Controller on a free loopback port (the caller stops it)."""
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), ready_timeout=5.0,
                            **kwargs)
    controller.start()
    return controller
