"""Drive `wl` in a pseudo-terminal, as a user at a keyboard would (POSIX only)."""
from __future__ import annotations

import os
import select
import sys
import time

TIMEOUT = 20.0


class Terminal:
    """A `python -m wlinterp ARGS` child with a pty as its controlling terminal."""

    def __init__(self, *args: str, cwd: str | None = None) -> None:
        import pty
        env = {**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1",
               "WL_HISTORY": "", "NO_COLOR": "1"}
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: becomes wl
            try:
                if cwd:
                    os.chdir(cwd)
                os.execvpe(sys.executable, [sys.executable, "-m", "wlinterp", *args], env)
            finally:  # a failure never goes on in this copy of the test worker
                os._exit(127)
        self.seen = ""

    def expect(self, text: str, timeout: float = TIMEOUT) -> str:
        """Read until `text` appears in the output after what was already consumed."""
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{text!r} not seen; output so far: {self.seen!r}")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:  # the child closed the terminal
                    chunk = b""
                if not chunk:
                    raise AssertionError(f"{text!r} not seen before exit: {self.seen!r}")
                self.seen += chunk.decode("utf-8", errors="replace")
        before, _, self.seen = self.seen.partition(text)
        return before

    def send(self, text: str) -> None:
        os.write(self.fd, text.encode("utf-8"))

    def close(self, timeout: float = TIMEOUT) -> int | None:
        """Wait for the child to end; its exit code (None if it had to be killed)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
            try:  # keep draining so the child never blocks on a full terminal
                if select.select([self.fd], [], [], 0.1)[0]:
                    self.seen += os.read(self.fd, 4096).decode("utf-8", errors="replace")
            except OSError:
                time.sleep(0.05)
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        return None
