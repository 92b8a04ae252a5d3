"""Helpers shared by the e-mail tests (imported by conftest.py and the test modules)."""
from __future__ import annotations

import io
import socket
import time
from typing import Any, Callable

from wlinterp.syntax.names import fold
from wlinterp.registry import load_stdlib
from wlinterp.runtime.state import Runtime

REG = load_stdlib()
PASSWORD = "s3cr3t-Pa55"
USER = "alice@example.test"
SERVER_NAMES = ("localhost", "127.0.0.1", "smtp.example.test", "smtp.gmail.com",
                "smtp.orange.fr", "smtp.monentreprise.fr", "smtp.mycompany.com")


def free_port() -> int:
    """A loopback port nobody listens on (bound then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WL:
    """Calls built-ins the way compiled code does, on one Runtime."""

    def __init__(self, **options: Any) -> None:
        self.rt = Runtime(stdout=io.StringIO(), stderr=io.StringIO(), options=options)

    def __call__(self, name: str, *args: Any) -> Any:
        return REG.functions[fold(name)].call(self.rt, *args)

    def const(self, name: str) -> Any:
        return REG.constants[fold(name)].value

    @property
    def email(self) -> Any:
        return self.rt.variable("email", REG.variables["email"].value)

    def new(self, type_name: str) -> Any:
        return REG.types[fold(type_name)].value(self.rt)

    @property
    def error(self) -> tuple[bool, str]:
        return self.rt.error_occurred, self.rt.error_message

    @property
    def stderr(self) -> str:
        return self.rt.stderr.getvalue()  # type: ignore[attr-defined]

    def finish(self) -> None:
        self.rt.finish()


def fill_email(w: WL, sender: str = USER, to: tuple[str, ...] = ("bob@example.test",),
               subject: str = "Hello", message: str = "Body text") -> Any:
    """What the help page's Initialize_Email procedure does, on the global structure."""
    e = w.email
    w("EmailReset")
    e.wl_set("sender", sender)
    e.wl_set("nbrecipient", len(to))
    for i, addr in enumerate(to, 1):
        e.wl_get("recipient").set(addr, i)
    e.wl_set("subject", subject)
    e.wl_set("message", message)
    return e


def wait_until(predicate: Callable[[], bool], seconds: float = 5.0) -> bool:
    """Poll (bounded) until predicate() is true."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def run_wl(text: str, **options: Any) -> str:
    """Run a WLanguage program with the engine; its standard output."""
    from wlinterp.engine import run_source
    out = io.StringIO()
    run_source(text, "mail_test.wl", stdout=out, stderr=io.StringIO(), options=options)
    return out.getvalue()


def run_routed(text: str, name: str, host: str, port: int) -> list[str]:
    """Run a business script whose SMTP host `host` (port 25) is routed to a loopback
    server on `port`; its Trace lines. Nothing may reach stderr: a business script that
    warns is a finding."""
    from wlinterp.engine import run_source
    out, err = io.StringIO(), io.StringIO()
    run_source(text, name, stdout=out, stderr=err,
               options={"smtp_routes": {f"{host}:25": ("127.0.0.1", port)}})
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


def as_written_in_lower_case_without_accents(page: str) -> str:
    """The page's French example as a developer types it on a keyboard without accents
    and without the Shift key: every keyword, name and constant in lower case and
    unaccented; the string literals (the password, the server's name) as written."""
    table = str.maketrans("àâçéèêëîïôùûü", "aaceeeeiiouuu")
    parts = page.split('"')
    return '"'.join(p if i % 2 else p.lower().translate(table) for i, p in enumerate(parts))
