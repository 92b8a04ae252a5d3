"""Loopback servers for the hardening tests: a raw socket server driven by a function.

aiosmtpd cannot misbehave at the byte level (endless replies, stalls in the middle of a
reply, garbage); this server hands each accepted connection to a plain function, on
127.0.0.1 only, and every wait it does is bounded by `stop`.
"""

from __future__ import annotations

import socket
import threading
from typing import Callable

Handler = Callable[[socket.socket, threading.Event], None]


class RawServer:
    """Accepts connections on 127.0.0.1:port and runs `handler(conn, stop)` for each."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.stop_event = threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port: int = self.sock.getsockname()[1]
        self.connections = 0
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def _accept(self) -> None:
        while not self.stop_event.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                self.handler(conn, self.stop_event)
            except OSError:
                pass  # the client went away: that is what several tests provoke

    def close(self) -> None:
        self.stop_event.set()
        self._acceptor.join(2)
        self.sock.close()
        for thread in self._threads:
            thread.join(2)


def read_line(conn: socket.socket, stop: threading.Event, limit: int = 1 << 16) -> bytes:
    """One CRLF-terminated command from the client, b"" at its end (bounded by `stop`)."""
    conn.settimeout(0.1)
    data = b""
    while not stop.is_set() and len(data) < limit:
        try:
            byte = conn.recv(1)
        except TimeoutError:
            continue
        if not byte:
            return b""
        data += byte
        if data.endswith(b"\n"):
            return data
    return b""
