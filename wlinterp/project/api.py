"""`wlinterp.Project`: load a project once, call its procedures from Python.

    project = wlinterp.Project("path/to/project")
    assert port.total_ttc(100, 5) == project.call("TotalTTC", 100, 5)
    with project.capture() as outbox:
        project.call("SendInvoice", 42)
    assert outbox[0]["Subject"] == "Invoice 42"

Each call runs on a fresh state (the project's global declarations run again), like a
test case. Values cross the border as plain Python data (see convert.py). A procedure
that modifies parameters passed by reference returns `(result, arg1, arg2, ...)`: its
result, then every argument as it is after the call.
"""
from __future__ import annotations

__all__ = ["Project"]

import contextlib
import io
import os
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any, Iterator, TextIO

from ..runtime.state import Runtime
from ..errors import WLRuntimeError
from ..runtime.thread_gate import main_code
from ..syntax.names import fold
from .convert import to_python, to_wl
from .determinism import determinism_options
from .program import Linked, load_project


class Project:
    """A WLanguage project loaded (parsed and compiled) once."""

    def __init__(self, path: str | os.PathLike[str] = ".", *, now: Any = None,
                 seed: int | None = None, options: dict[str, Any] | None = None) -> None:
        start = os.fspath(path)
        self._project = load_project(start)
        self._linked: Linked = self._project.link([])
        self.root = self._project.layout.root
        self.options: dict[str, Any] = {**(options or {}), **determinism_options(now, seed)}
        self._capture: Any = None
        self._outbox: list[EmailMessage] | None = None
        self.last_stdout = ""

    @property
    def warnings(self) -> list[str]:
        """Compile warnings of the project's files (undeclared variables...)."""
        return self._linked.warnings

    def procedures(self) -> list[str]:
        """Names of the project's procedures, as declared."""
        return [p.name for f in self._linked.files for p in f.program.procedures
                if p.owner is None]

    def call(self, name: str, *args: Any, now: Any = None, seed: int | None = None,
             stdout: TextIO | None = None, stderr: TextIO | None = None) -> Any:
        """Call procedure `name` with Python values; returns its result as Python data.
        `now` freezes the clock and `seed` seeds Random for this call; what the code
        prints goes to `stdout` (default sys.stdout) and is kept in `last_stdout`."""
        options = {**self.options, **determinism_options(now, seed)}
        if self._capture is not None:
            options["capture"] = self._capture
        out = io.StringIO()
        rt = Runtime(stdout=out, stderr=stderr or sys.stderr, options=options,
                     filename=self.root)
        mark = len(self._capture.captured) if self._capture is not None else 0
        wl_args = [to_wl(a) for a in args]
        failed: WLRuntimeError | None = None
        try:
            ns = self._linked.start(rt)
            with main_code(rt):  # a thread's fatal error ends the call too
                raw = self._linked.call(ns, rt, name, wl_args)
        except WLRuntimeError as err:
            failed = err
            raise
        finally:
            try:  # a thread failing in the end's wait is reported after the call's error
                self._linked.finish(rt, failed)
            finally:
                self.last_stdout = out.getvalue()
                (stdout or sys.stdout).write(self.last_stdout)
                self._collect_mail(mark)
        return self._result(ns, name, raw, wl_args)

    def _result(self, ns: dict[str, Any], name: str, raw: Any, wl_args: list[Any]) -> Any:
        py = ns.get("__procs__", {}).get(fold(name))
        back = ns.get("__writeback_params__", {}).get(py) or []
        if not back or not isinstance(raw, tuple):
            return to_python(raw)
        filled = ns.get("__filled_params__", {}).get(py) or []  # not assigned as a whole:
        pairs = [(v, i) for v, i in zip(raw[1:], back) if i not in filled]  # no tuple
        if not pairs:
            return to_python(raw[0])
        after = list(wl_args)
        for value, index in pairs:
            if index < len(after):
                after[index] = value
        return (to_python(raw[0]), *(to_python(v) for v in after))

    @contextlib.contextmanager
    def capture(self) -> Iterator[list[EmailMessage]]:
        """Send every SMTP session of calls made inside the block to an embedded capture
        server (whatever host the code names, TLS included); yields the list of messages
        sent meanwhile (email.message.EmailMessage), filled after each call."""
        from ..testing.mail import LazyCapture
        outer = (self._capture, self._outbox)
        self._capture, self._outbox = LazyCapture(), []
        try:
            yield self._outbox
        finally:
            self._capture.close()
            self._capture, self._outbox = outer

    def _collect_mail(self, mark: int) -> None:
        if self._capture is None or self._outbox is None:
            return
        from ..testing.mail import case_messages
        parser = BytesParser(policy=policy.default)
        self._outbox.extend(parser.parsebytes(raw)
                            for raw in case_messages(self._capture, mark))
