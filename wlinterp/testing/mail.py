"""Mail under the test runner: every SMTP session goes to an embedded capture server
(whatever host the code names, STARTTLS and implicit TLS included), one per process, in
a temporary Maildir; each case sees only the messages it sent.
"""
from __future__ import annotations

__all__ = ["capture_for", "check_mail", "case_messages"]

import atexit
import shutil
import tempfile
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses
from typing import Any

from .collect import TestCase
from .expectations import Expectations
from .golden import check_golden_mail

_ADDRESS_HEADERS = {"to", "cc", "bcc", "from", "reply-to", "sender"}


class LazyCapture:
    """The capture server, started when a session first asks for its address (most
    tests send no mail and should not pay for a server and its TLS certificate)."""

    def __init__(self) -> None:
        self._server: Any = None
        self._folder = ""

    @property
    def started(self) -> bool:
        return self._server is not None

    @property
    def captured(self) -> list[dict[str, Any]]:
        return self._server.captured if self._server is not None else []

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if self._server is None:
            from ..mailbox.commands import start_capture
            self._folder = tempfile.mkdtemp(prefix="wl-test-mail-")
            self._server = start_capture(self._folder, [])
            atexit.register(self.close)
        return getattr(self._server, name)

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            shutil.rmtree(self._folder, ignore_errors=True)
            self._server = None


def capture_for(owner: Any) -> Any:
    """The capture of `owner` (an engine): one per process, started on first use."""
    capture = getattr(owner, "_mail", None)
    return capture if capture is not None else LazyCapture()


def case_messages(capture: Any, mark: int) -> list[bytes]:
    """Raw messages captured since `mark` (the count before the case ran)."""
    from ..mailbox.store import CaptureStore
    records = list(capture.captured[mark:])
    if not records:
        return []
    store = CaptureStore.existing(capture.directory)
    return [store.raw(r["id"]) for r in records]


def _matches(message: Any, name: str, value: str) -> bool:
    got = message.get_all(name) or []
    for item in got:
        text = str(item).strip()
        if text == value:
            return True
        if name.lower() in _ADDRESS_HEADERS and \
                value.lower() in {a.lower() for _, a in getaddresses([text])}:
            return True
    return False


def check_mail(capture: Any, mark: int, exp: Expectations, case: TestCase,
               update: bool) -> list[str]:
    """Failure texts for `// expect mail:` / `// expect mail count:` and `case.mail/`."""
    raws = case_messages(capture, mark)
    messages = [BytesParser(policy=policy.default).parsebytes(r) for r in raws]
    problems: list[str] = []
    if exp.mail_count is not None:
        want = exp.mail_count.text.strip()
        if not want.isdigit() or int(want) != len(messages):
            problems.append(f"{case.file}:{exp.mail_count.line}: expect mail count\n"
                            f"    expected: {want}\n    got:      {len(messages)}")
    for e in exp.mail:
        name, sep, value = e.text.partition(":")
        value = value.strip()
        if not sep or not any(_matches(m, name.strip(), value) for m in messages):
            seen = [str(m.get(name.strip(), "")) for m in messages]
            problems.append(f"{case.file}:{e.line}: expect mail\n"
                            f"    expected: a message with {name.strip()}: {value}\n"
                            f"    got:      {len(messages)} message(s)"
                            + (f", {name.strip()}: " + " | ".join(seen) if seen else ""))
    golden = check_golden_mail(case, raws, update)
    if golden:
        problems.append(golden)
    return problems
