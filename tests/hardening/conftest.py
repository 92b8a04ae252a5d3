"""Fixtures of the hardening suite: the `wl` command in a subprocess, the mailbox CLI in-process.

Every test here pins one defect found by an adversarial pass (issue 12), or
is a bounded property/fault test that would have caught such defects. All
waits are bounded; servers listen on 127.0.0.1 only.
"""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from loopback import RawServer, make_authority, read_command

from wlinterp.cli import main

RUN_TIMEOUT = 20.0


class Ran:
    """What one `wl` subprocess did."""

    def __init__(self, proc: subprocess.CompletedProcess[bytes]) -> None:
        self.code = proc.returncode
        self.out = proc.stdout.decode("utf-8", errors="replace")
        self.err = proc.stderr.decode("utf-8", errors="replace")

    def __repr__(self) -> str:
        return f"Ran(code={self.code}, out={self.out[-400:]!r}, err={self.err[-800:]!r})"


@pytest.fixture
def wl_cli(tmp_path: Path) -> Callable[..., Ran]:
    """Run `python -m wlinterp ARGS` (the real CLI), bounded, in tmp_path."""
    def run(*args: str, stdin: bytes | None = None, timeout: float = RUN_TIMEOUT,
            env: dict[str, str] | None = None) -> Ran:
        full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
        full_env.pop("WL_DEBUG", None)
        proc = subprocess.run([sys.executable, "-m", "wlinterp", *args], input=stdin or b"",
                              capture_output=True, timeout=timeout, cwd=tmp_path, env=full_env,
                              check=False)
        return Ran(proc)
    return run


@pytest.fixture
def wl_here(wl_inproc: Callable[..., tuple[int, str, str]], wl_cli: Callable[..., Ran],
            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    """`wl ARGS` as wl_cli runs it, but through the real entry point in this process, in
    tmp_path (NO_COLOR set, WL_DEBUG unset): for a test of the words a command prints,
    not of its process (each `python -m wlinterp` costs about 0.2 s of CPU to start).
    Given `stdin` (the REPL reading a pipe), it runs wl_cli's process instead."""
    def run(*args: str, stdin: bytes | None = None) -> Any:
        if stdin is not None:
            return wl_cli(*args, stdin=stdin)
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("NO_COLOR", "1")
        monkeypatch.delenv("WL_DEBUG", raising=False)
        code, out, err = wl_inproc(*args)
        return SimpleNamespace(code=code, out=out, err=err)
    return run


@pytest.fixture
def script(tmp_path: Path) -> Callable[[str], str]:
    """Write a WLanguage source to a file in tmp_path and return its path."""
    counter = iter(range(1_000_000))

    def write(source: str, name: str | None = None) -> str:
        path = tmp_path / (name or f"s{next(counter)}.wl")
        path.write_text(source, encoding="utf-8")
        return str(path)
    return write


@pytest.fixture
def wl_inproc(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """`wl ARGS` through the real entry point, in-process (fast; for mailbox commands)."""
    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err
    return run


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ssl.SSLContext]:
    """A test CA's file and a server context for 'localhost', shared by the TLS fault tests."""
    return make_authority(tmp_path_factory.mktemp("ca"), "localhost")


@pytest.fixture
def in_scratch_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fuzz tests' current folder: what a case writes, it writes there, and `wl test`
    looks for projects there (test_fuzz_commands.py, test_hostile_kinds.py)."""
    monkeypatch.chdir(tmp_path)


HTTPAnswer = Callable[[socket.socket, threading.Event], None]


@pytest.fixture
def http_server() -> Iterator[Callable[[bytes | HTTPAnswer], RawServer]]:
    """Start a raw HTTP server on 127.0.0.1 that reads each request's head, then answers
    with the bytes given, or runs the answer given on the connection; stopped after the
    test."""
    started: list[RawServer] = []

    def start(answer: bytes | HTTPAnswer) -> RawServer:
        def script(conn: socket.socket, stop: threading.Event) -> None:
            while read_command(conn, stop) not in (b"", b"\r\n", b"\n"):
                pass  # the request's lines, up to the blank one
            if isinstance(answer, bytes):
                conn.sendall(answer)
            else:
                answer(conn, stop)
        started.append(RawServer(script))
        return started[-1]
    yield start
    for srv in started:
        srv.close()


@pytest.fixture
def peer() -> Iterator[Callable[[Callable[[socket.socket, threading.Event], None]],
                                RawServer]]:
    """Factory: peer(script) starts a RawServer running `script(conn, stop)` for each
    connection (a peer that misbehaves at the byte level); all stopped at teardown."""
    started: list[RawServer] = []

    def start(script: Callable[[socket.socket, threading.Event], None]) -> RawServer:
        started.append(RawServer(script))
        return started[-1]
    yield start
    for srv in started:
        srv.close()
