"""aiosmtpd on 127.0.0.1 for the hardening tests: a recording handler, optional fault class."""
from __future__ import annotations

import asyncio
import email
import socket
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP


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


class _Controller(Controller):
    """A Controller whose server class can be a fault-injecting SMTP subclass."""

    def __init__(self, handler: Any, smtp_class: type[SMTP], **kwargs: Any) -> None:
        self.smtp_class = smtp_class
        super().__init__(handler, **kwargs)

    def factory(self) -> SMTP:
        return self.smtp_class(self.handler, **self.SMTP_kwargs)


def start(handler: Any, smtp_class: type[SMTP] = SMTP, **kwargs: Any) -> Controller:
    """A started Controller on a free loopback port (the caller stops it)."""
    controller = _Controller(handler, smtp_class, hostname="127.0.0.1", port=free_port(),
                             ready_timeout=5.0, **kwargs)
    controller.start()
    return controller
