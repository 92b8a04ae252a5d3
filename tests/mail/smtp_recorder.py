"""The aiosmtpd handler of the e-mail tests' `smtp_server` fixture (conftest.py): it
records every transaction and answers with the faults a test scripts. In a module of its
own so that a test can subclass it for a fault of its own (test_mail_session_faults.py)."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.smtp import AuthResult

from mail_helpers import PASSWORD

__all__ = ["Received", "Recorder"]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    smtp_utf8: bool
    mail_options: list[str]
    peer: tuple[str, int]
    session_id: int
    login: bytes | None


@dataclass
class Recorder:
    """aiosmtpd handler: records everything, answers with scripted faults."""

    messages: list[Received] = field(default_factory=list)
    auth_attempts: list[tuple[str, bytes, bytes]] = field(default_factory=list)
    mail_reply: str | None = None
    rcpt_replies: dict[str, str] = field(default_factory=dict)
    data_reply: str | None = None
    disconnect_after_data: bool = False
    data_delay: float = 0.0
    commands: list[str] = field(default_factory=list)
    port: int = 0
    password: str = PASSWORD
    controller: Any = None

    def stop(self) -> None:
        """Stop the server now (the fixture's teardown then skips it)."""
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        self.commands.append("EHLO")
        return responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.commands.append("MAIL")
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.commands.append("RCPT")
        reply = self.rcpt_replies.get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.commands.append("DATA")
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        if self.disconnect_after_data:
            server.transport.close()
            return "250 never seen"
        if self.data_reply:
            return self.data_reply
        login = session.auth_data.login if session.auth_data is not None else None
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      bytes(envelope.original_content), envelope.smtp_utf8,
                                      list(envelope.mail_options), session.peer,
                                      id(session), login))
        return "250 OK queued"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        self.auth_attempts.append((mechanism, auth_data.login, auth_data.password))
        ok = auth_data.password == self.password.encode()
        return AuthResult(success=ok, handled=False, auth_data=auth_data)
