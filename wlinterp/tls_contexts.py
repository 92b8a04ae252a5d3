"""The verifying TLS client context every run of the process shares, for each CA file.

Building one (`ssl.create_default_context()`) reads the system's whole certificate store:
some 20 ms of CPU on a quiet machine, several times that on a loaded or slow one. Each run
built its own, and the mail families built it at every session's start, TLS or not (an
HTTP request built the run's at its first call, http:// too): `wl test` over a folder of
scripts, the REPL and every mail or HTTP run paid it again for the same store. The
context is now built once per process for a CA file as it is on disk, and built again
when that file or the system store changes (their size, time and inode are part of the
key), so a certificate added between two runs is seen by the next one.

A shared context is only ever read (wrap_socket); a context that gets a client
certificate of its own is built apart (stdlib/http_exchange.new_verifying_context).
"""
from __future__ import annotations

__all__ = ["shared_verifying_context"]

import os
import ssl
import threading

_KEPT = 8
"""Contexts kept at most (the oldest dropped first): one per CA file a process uses."""
_lock = threading.Lock()
_contexts: dict[tuple[object, ...], ssl.SSLContext] = {}


def _stamp(path: str | None) -> tuple[int, int, int] | None:
    """What says that a file or folder changed: its time, size and inode (None if absent)."""
    if not path:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_mtime_ns, found.st_size, found.st_ino


def _key(ca_file: str | None) -> tuple[object, ...]:
    """The CA file and the system store (SSL_CERT_FILE/SSL_CERT_DIR included), as on disk."""
    paths = ssl.get_default_verify_paths()
    ca_file = os.path.abspath(ca_file) if ca_file else None  # (a run may change folder)
    return (ca_file, _stamp(ca_file), paths.cafile, _stamp(paths.cafile), paths.capath,
            _stamp(paths.capath))


def shared_verifying_context(ca_file: str | None = None) -> ssl.SSLContext:
    """A client context verifying certificates and host names against the system store
    and `ca_file` (when given), shared: never to be changed by its users. A CA file that
    cannot be loaded raises (OSError, ssl.SSLError) each time it is asked for."""
    key = _key(ca_file)
    with _lock:
        context = _contexts.get(key)
        if context is not None:
            return context
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    with _lock:
        _contexts[key] = context
        while len(_contexts) > _KEPT:
            del _contexts[next(iter(_contexts))]
    return context
