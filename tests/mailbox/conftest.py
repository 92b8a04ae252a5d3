"""Fixtures for the capture-mailbox tests: a running capture, messages, the CLI handlers.

Everything talks to 127.0.0.1 only, and every wait is bounded.
"""

from __future__ import annotations

import argparse
import queue
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

from wlinterp.mailbox.commands import CaptureHandle, add_mailbox_parser, start_capture

from mailbox_helpers import TIMEOUT


@pytest.fixture
def mailbox_dir(tmp_path: Path) -> Path:
    return tmp_path / "captured"


@pytest.fixture
def capture(mailbox_dir: Path) -> Iterator[CaptureHandle]:
    handle = start_capture(str(mailbox_dir), [])
    try:
        yield handle
    finally:
        handle.close()


@pytest.fixture
def client_context() -> Callable[[CaptureHandle], ssl.SSLContext]:
    """A verifying client context that trusts only the capture's throwaway CA."""
    def make(handle: CaptureHandle) -> ssl.SSLContext:
        assert handle.ca_file is not None
        return ssl.create_default_context(cafile=handle.ca_file)
    return make


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Parse `wl mailbox ARGS` with add_mailbox_parser and call the handler in-process."""
    def run(*argv: str) -> tuple[int, str, str]:
        parser = argparse.ArgumentParser(prog="wl")
        add_mailbox_parser(parser.add_subparsers(dest="command", required=True))
        args = parser.parse_args(["mailbox", *argv])
        capsys.readouterr()
        code = args.func(args)
        out, err = capsys.readouterr()
        return code, out, err
    return run


class ServeProcess:
    """`python -m wlinterp.mailbox serve ...` in a subprocess, with its banner parsed.

    A reader thread moves stdout lines into a queue, so waiting for a line is
    bounded without fighting the text layer's buffering.
    """

    def __init__(self, *args: str, cwd: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "wlinterp.mailbox", "serve", *args], cwd=cwd,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self.pump = threading.Thread(target=self._pump, daemon=True)
        self.pump.start()
        self.banner = self.read_until("Press Ctrl-C")

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def _next_line(self, deadline: float) -> str | None:
        """The next stdout line, or None at end of output or at `deadline`."""
        try:
            return self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            return None

    def read_until(self, marker: str) -> list[str]:
        """Lines of stdout up to the one containing `marker` (bounded by TIMEOUT)."""
        got: list[str] = []
        deadline = time.monotonic() + TIMEOUT
        while (line := self._next_line(deadline)) is not None:
            got.append(line)
            self.seen.append(line)
            if marker in line:
                return got
        raise AssertionError(f"no {marker!r} from serve; got {got!r}, stderr {self.stop_now()[1]!r}")

    def rest(self) -> str:
        """Stdout after the last line read, once the process has ended (bounded)."""
        rest: list[str] = []
        deadline = time.monotonic() + TIMEOUT
        while (line := self._next_line(deadline)) is not None:
            rest.append(line)
        return "\n".join(rest)

    def port(self, label: str) -> int:
        for line in self.banner:
            if line.strip().startswith(label + " "):
                return int(line.split()[1].rsplit(":", 1)[1])
        raise AssertionError(f"no {label} line in {self.banner!r}")

    def ca_file(self) -> str:
        for line in self.banner:
            if "trust this CA" in line:
                return line.rsplit(": ", 1)[1]
        raise AssertionError(f"no CA line in {self.banner!r}")

    def stop_now(self) -> tuple[int | None, str]:
        """Kill if still running; (exit code, stderr)."""
        if self.proc.poll() is None:
            self.proc.kill()
        assert self.proc.stderr is not None
        self.proc.wait(timeout=TIMEOUT)
        return self.proc.returncode, self.proc.stderr.read()

    def finish(self, sig: int) -> tuple[int, str, str]:
        """Send `sig`, wait for the exit (bounded), return (code, rest of stdout, stderr)."""
        self.proc.send_signal(sig)
        self.proc.wait(timeout=TIMEOUT)
        out = self.rest()
        assert self.proc.stderr is not None
        return self.proc.returncode, out, self.proc.stderr.read()


@pytest.fixture
def serve_process(tmp_path: Path) -> Iterator[Callable[..., ServeProcess]]:
    started: list[ServeProcess] = []

    def start(*args: str) -> ServeProcess:
        process = ServeProcess(*args, cwd=tmp_path)
        started.append(process)
        return process
    yield start
    for process in started:
        if process.proc.poll() is None:
            process.stop_now()
        process.pump.join(TIMEOUT)
        for stream in (process.proc.stdout, process.proc.stderr):
            if stream is not None:
                stream.close()
