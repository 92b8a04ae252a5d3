"""`wl run --capture`: the capture server in a process of its own.

Why: in the script's process, the capture's event loop shares one interpreter lock with
the script. Every reply it sends then waits for the script's thread to get the lock
back, and all the work the capture does after a reply (aiosmtpd's bookkeeping, the
next read) runs while the script waits instead of while it composes its next message.
In a process of its own, the capture works on the other core, as a real server does,
and it starts (imports) while the interpreter loads the script. Its TLS certificate is
made only when the script first opens a session that uses TLS (`ca_file`, see tls.py).

`CaptureProcess` has the attributes and methods the e-mail client and `wl run` use
(`host`, `plain_port`, `tls_port`, `ca_file`, `tls_hostname`, `directory`,
`note_client`, `captured`, `summary_lines`, `settle`, `close`), as server.CaptureServer
does in-process. The two processes talk over the child's stdin and stdout, one JSON
line (ASCII) per request and per answer: `note_client` waits for its answer, so the
note is recorded before the client says EHLO. The child runs in a process group of its
own, so Ctrl-C in the terminal reaches the script (which then stops the capture in
order), not the capture; it stays in the script's session, so the system schedules the
two as one job (as a script and the mail server it talks to on one machine). It stops
when asked or when its stdin closes (the parent died): it then flushes and retires its
journal like any capture that stops.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import sys
import threading
from typing import IO, TYPE_CHECKING, Any

from .faults import parse_faults

if TYPE_CHECKING:
    import subprocess

__all__ = ["CaptureError", "CaptureProcess", "main"]

_START_TIMEOUT = 30.0
_STOP_TIMEOUT = 30.0
_SETTLE_EVERY = 64  # messages: the records are made as the run goes, not all at its end


_CHILD_IMPORTS = ("aiosmtpd", "public", "attr", "trustme", "cryptography", "idna")
"""What the child imports from outside the standard library (aiosmtpd and what it needs;
the TLS certificate's makers)."""


def _child_path() -> list[str]:
    """The child's module search path: this package's root, then every folder this
    process searches (its site-packages included, with what their .pth files added)."""
    package_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    paths = [package_root, *(os.path.abspath(p) for p in sys.path if p and os.path.exists(p))]
    return list(dict.fromkeys(paths))


def _no_site(path: list[str]) -> list[str]:
    """["-S"] (the child runs without the `site` module) when `path` alone finds what the
    child imports; [] otherwise (a package found only through an import hook, such as
    an editable install of aiosmtpd).

    Why: `site` would find the folders of `path` again, reading every .pth file and
    importing the editable-install finders of a development checkout: part of the
    child's start, before it can say it is ready."""
    from importlib.machinery import PathFinder

    return ["-S"] if all(PathFinder.find_spec(name, path) for name in _CHILD_IMPORTS) else []


class CaptureError(ValueError):
    """The child could not start or stopped answering (worded for the user, like
    store.MailboxError, which this module does not import: it loads the mail parser)."""


class CaptureProcess:
    """A capture server running in a child process (see the module's docstring)."""

    def __init__(self, directory: str, faults: list[str]) -> None:
        """Start the child now (a bad fault spec raises FaultSpecError first); call
        `wait_ready` before using the ports."""
        import subprocess  # here: the child itself never needs it

        parse_faults(faults)
        path = _child_path()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
        debug = bool(os.environ.get("WL_DEBUG"))
        self._proc = subprocess.Popen(
            [sys.executable, *_no_site(path), "-m", "wlinterp.mailbox.child", directory, *faults],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=None if debug else subprocess.DEVNULL, env=env, process_group=0)
        self._lock = threading.Lock()
        self._records: list[dict[str, Any]] | None = None
        self._lines: list[str] = []  # the summary lines, made by the child with its records
        self._ready = False
        self._closed = False
        self.directory = os.path.abspath(directory)
        self.host = ""
        self.tls_hostname = ""
        self.plain_port = 0
        self.tls_port: int | None = None
        self._ca_file: str | None = None

    def wait_ready(self) -> CaptureProcess:
        """Wait until the child listens; CaptureError (its one-line reason) if it cannot."""
        try:
            answer = self._answer(_START_TIMEOUT)
        except CaptureError:
            self.close()
            raise
        if "error" in answer:
            self.close()
            raise CaptureError(str(answer["error"]))
        self.host, self.tls_hostname = str(answer["host"]), str(answer["tls_hostname"])
        self.plain_port = int(answer["plain_port"])
        self.tls_port = answer["tls_port"]
        self.directory = str(answer["directory"])
        self._ready = True
        return self

    def note_client(self, client_port: int, requested_host: str, requested_port: int,
                    mode: str, user: str) -> None:
        """Tell the child what the script asked for (see CaptureServer.note_client). A
        child that has stopped is not the script's error: its session fails by itself."""
        with contextlib.suppress(CaptureError):
            self._ask({"op": "note", "args": [int(client_port), str(requested_host),
                                              int(requested_port), str(getattr(mode, "value", mode))]})

    @property
    def ca_file(self) -> str | None:
        """The capture's CA certificate, made by the child on this first request (tls.py).
        CaptureError (a ValueError, worded for the user) when it cannot be made."""
        if self._ca_file is None and self._ready and not self._closed:
            answer = self._ask({"op": "tls"})
            if "error" in answer:
                raise CaptureError(str(answer["error"]))
            self._ca_file = str(answer["ca_file"])
        return self._ca_file

    @property
    def captured(self) -> list[dict[str, Any]]:
        """The records of the messages captured by this run, in arrival order."""
        if self._records is not None:
            return list(self._records)
        answer = self._ask({"op": "records"})
        return list(answer.get("records") or [])

    def settle(self) -> None:
        """Have the child write the records of every message received so far."""
        self._ask({"op": "records"})

    def summary_lines(self) -> list[str]:
        """One line per message captured by this run, in arrival order (made by the child,
        which has the code loaded: `wl run` prints them without loading the mail parser)."""
        if self._records is not None:
            return list(self._lines)
        return list(self._ask({"op": "records"}).get("lines") or [])

    def close(self) -> None:
        """Stop the child (it settles its records and retires its journal); idempotent."""
        if self._closed:
            return
        self._closed = True
        if self._ready:
            try:
                answer = self._ask({"op": "close"}, _STOP_TIMEOUT)
                self._records = list(answer.get("records") or [])
                self._lines = [str(line) for line in answer.get("lines") or []]
            except CaptureError:
                pass
        if self._records is None:
            self._records = []
        import subprocess

        try:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            self._proc.wait(_STOP_TIMEOUT)
        except (OSError, subprocess.TimeoutExpired):
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()

    def __enter__(self) -> CaptureProcess:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _ask(self, request: dict[str, Any], timeout: float = _START_TIMEOUT) -> dict[str, Any]:
        """Send one request and wait for its answer (one at a time: threads take turns)."""
        with self._lock:
            if self._proc.poll() is not None or self._proc.stdin is None or self._proc.stdin.closed:
                raise CaptureError("the capture server has stopped.")
            try:
                self._proc.stdin.write(json.dumps(request).encode("ascii") + b"\n")
                self._proc.stdin.flush()
            except OSError:
                raise CaptureError("the capture server has stopped.") from None
            return self._answer(timeout)

    def _answer(self, timeout: float) -> dict[str, Any]:
        stream = self._proc.stdout
        assert stream is not None
        ready, _, _ = select.select([stream], [], [], timeout)
        line = stream.readline() if ready else b""
        try:
            answer = json.loads(line)
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            raise CaptureError("the capture server did not answer.")
        return answer


def _reply(out: IO[bytes], answer: dict[str, Any]) -> None:
    out.write(json.dumps(answer, ensure_ascii=True).encode("ascii") + b"\n")
    out.flush()


def _results(server: Any) -> dict[str, Any]:
    """The records so far and their summary lines (summaryline.py: no mail parser is
    loaded for them, nor for the records of simple messages, quicksummary.py)."""
    records = server.captured
    if not records:
        return {"records": [], "lines": []}
    from .summaryline import summary_line

    return {"records": records, "lines": [summary_line(record) for record in records]}


def main(argv: list[str]) -> int:
    """The child: open the capture and say where it listens, then serve requests.

    It says so once DIR is opened and the ports listen (opening.py), before importing
    the server (asyncio, aiosmtpd: most of its start): `wl run` then reads and compiles
    the script meanwhile, and a session opened before the server serves waits in the
    listening socket's queue for its greeting."""
    from .opening import open_capture
    from .tls import HOST, TLS_HOSTNAME

    out = sys.stdout.buffer
    directory, faults = argv[0], argv[1:]
    try:
        plan = parse_faults(faults)
        opened = open_capture(directory, plan, files_first=False, listen=True)
    except ValueError as error:  # MailboxError, FaultSpecError: one line for the user
        _reply(out, {"error": str(error)})
        return 1
    assert opened.implicit is not None
    _reply(out, {"host": HOST, "tls_hostname": TLS_HOSTNAME,
                 "plain_port": opened.plain.getsockname()[1],
                 "tls_port": opened.implicit.getsockname()[1],
                 "directory": opened.store.path})
    from .server import CaptureConfig, CaptureServer

    try:
        server = CaptureServer(CaptureConfig(directory, plan, tls_on_demand=True,
                                             settle_every=_SETTLE_EVERY, files_first=False,
                                             opened=opened)).start()
    except ValueError:  # said ready already: the sessions fail (connection reset) instead
        return 1
    try:
        for line in sys.stdin.buffer:
            request = json.loads(line)
            if request.get("op") == "note":
                port, host, requested_port, mode = request["args"]
                server.note_client(int(port), str(host), int(requested_port), str(mode), "")
                _reply(out, {"ok": True})
            elif request.get("op") == "tls":
                try:
                    _reply(out, {"ca_file": server.ensure_tls()})
                except ValueError as error:  # MailboxError: a full disk, wl-tls gone wrong
                    _reply(out, {"error": str(error)})
            elif request.get("op") == "records":
                _reply(out, _results(server))
            else:
                break
    finally:
        server.close()
    try:
        _reply(out, _results(server))
    except OSError:  # the parent is gone: the messages are kept all the same
        pass
    os._exit(0)  # everything is stored and flushed: no interpreter teardown to wait for


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
