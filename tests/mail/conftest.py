"""Real SMTP servers on 127.0.0.1 for the e-mail tests (never a patched smtplib).

* `smtp_server(...)` starts an aiosmtpd Controller on a free loopback port with a
  `Recorder` handler: every transaction (envelope, raw bytes, AUTH attempts, client
  address) is recorded, and faults can be scripted per phase.
* `raw_server(script)` is a bare socket server for behaviours aiosmtpd cannot produce
  (stalling, trickling, refusing at greeting).
* `pki` is a trustme CA with certificates for the names the tests use.
* `wl` runs built-ins through the registry against a fresh Runtime and flushes it.
"""
from __future__ import annotations

import socket
import threading
from dataclasses import dataclass
from typing import Any, Callable

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

from loopback import RawServer
from smtp_recorder import Recorder
from mail_helpers import SERVER_NAMES, WL, free_port


class _RefusingDataSMTP(SMTP):
    """An aiosmtpd server that refuses the DATA command itself."""

    data_command_reply = "451 4.3.0 DATA temporarily refused"

    async def smtp_DATA(self, arg: str) -> None:
        await self.push(self.data_command_reply)


class _Controller(Controller):
    def __init__(self, handler: Any, smtp_class: type[SMTP] = SMTP, **kwargs: Any) -> None:
        self.smtp_class = smtp_class
        super().__init__(handler, **kwargs)

    def factory(self) -> SMTP:
        return self.smtp_class(self.handler, **self.SMTP_kwargs)


@dataclass
class PKI:
    ca: trustme.CA
    ca_file: str
    wrong_host_cert: Any
    server_cert: Any
    other_ca_file: str

    def server_context(self, wrong_host: bool = False):
        import ssl
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        (self.wrong_host_cert if wrong_host else self.server_cert).configure_cert(ctx)
        return ctx


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> PKI:
    ca = trustme.CA()
    other = trustme.CA()
    d = tmp_path_factory.mktemp("pki")
    ca.cert_pem.write_to_path(str(d / "ca.pem"))
    other.cert_pem.write_to_path(str(d / "other.pem"))
    return PKI(ca, str(d / "ca.pem"), ca.issue_cert("wrong.example.test"),
               ca.issue_cert(*SERVER_NAMES), str(d / "other.pem"))


@pytest.fixture
def smtp_server(pki: PKI):
    """Factory: smtp_server(tls=None|"starttls"|"ssl", auth=False, wrong_host=False,
    refuse_data_command=False, **aiosmtpd kwargs) -> the server's Recorder."""
    handlers: list[Recorder] = []

    def start(handler: Recorder | None = None, *, tls: str | None = None, auth: bool = False,
              wrong_host: bool = False, refuse_data_command: bool = False,
              **kwargs: Any) -> Recorder:
        handler = handler or Recorder()
        port = free_port()
        options: dict[str, Any] = dict(hostname="127.0.0.1", port=port, ready_timeout=5.0,
                                       server_hostname="smtp.example.test",
                                       enable_SMTPUTF8=False)  # Controller's default is True
        if tls == "starttls":
            options["tls_context"] = pki.server_context(wrong_host)
        elif tls == "ssl":
            options["ssl_context"] = pki.server_context(wrong_host)
            options["auth_require_tls"] = False  # aiosmtpd #281: SMTPS not seen as TLS
        if auth:
            options["authenticator"] = handler.authenticate
            if tls is None:
                options["auth_require_tls"] = False
        options.update(kwargs)
        smtp_class = _RefusingDataSMTP if refuse_data_command else SMTP
        ctrl = _Controller(handler, smtp_class, **options)
        ctrl.start()
        handlers.append(handler)
        handler.port = port
        handler.controller = ctrl
        handler.commands.clear()
        return handler

    yield start
    for handler in handlers:
        handler.stop()


@pytest.fixture
def raw_server():
    servers: list[RawServer] = []

    def start(script: Callable[[socket.socket, threading.Event], None]) -> RawServer:
        server = RawServer(script)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def wl():
    """Factory: wl(**rt options) -> WL; every runtime is finished at teardown."""
    made: list[WL] = []

    def make(**options: Any) -> WL:
        w = WL(**options)
        made.append(w)
        return w

    yield make
    for w in made:
        w.finish()


@pytest.fixture
def mailboxes():
    """Factory: mailboxes(box) starts a POP3/IMAP test server (pop3_server.py,
    imap_server.py) on 127.0.0.1 and returns it; every one is stopped at teardown."""
    started: list[Any] = []

    def start(box: Any) -> Any:
        started.append(box.start())
        return box

    yield start
    for box in started:
        box.close()

