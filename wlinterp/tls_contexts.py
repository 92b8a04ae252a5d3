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

A CA file that cannot be loaded (missing, unreadable, not PEM certificates) raises
CAFileError: a BuiltinFailure, so every family that builds a context says it in words,
non-fatally where the function can fail (ErrorOccurred/ErrorInfo) and as a fatal error
otherwise; it was a raw ssl.SSLError, a Python traceback out of run_source for
EmailStartPOP3Session, EmailStartIMAPSession, HTTPRequest and SocketConnectSSL (`wl run
--ca-file` refuses such a file before the run, in the same words: ca_file_words).
"""
from __future__ import annotations

__all__ = ["CAFileError", "ca_file_words", "load_ca_file", "shared_verifying_context"]

import os
import ssl
import threading

from .errors import BuiltinFailure

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


class CAFileError(BuiltinFailure, OSError):
    """A CA file that cannot be loaded, in words (an OSError too: the callers that caught
    the library's OSError/SSLError still do)."""


def ca_file_words(path: str, exc: BaseException) -> str:
    """Why the CA file `path` cannot be loaded, in words: the system's reason for a file
    that cannot be read, TLS's (without its source line) for one that holds no
    certificate."""
    if isinstance(exc, OSError) and not isinstance(exc, ssl.SSLError) and exc.strerror:
        return f"CA file {path} cannot be read ({exc.strerror.lower()})"
    reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or exc
    reason = str(reason).replace("_", " ").lower()
    return (f"CA file {path} holds no certificate that can be read (a PEM file of "
            f"certificates is expected: {reason})")


def load_ca_file(context: ssl.SSLContext, path: str) -> None:
    """Add the certificates of `path` to `context`; CAFileError in words when it cannot."""
    try:
        context.load_verify_locations(cafile=path)
    except (OSError, ValueError) as exc:  # (ssl.SSLError is an OSError)
        raise CAFileError(ca_file_words(path, exc)) from None


def shared_verifying_context(ca_file: str | None = None) -> ssl.SSLContext:
    """A client context verifying certificates and host names against the system store
    and `ca_file` (when given), shared: never to be changed by its users. A CA file that
    cannot be loaded raises CAFileError each time it is asked for."""
    key = _key(ca_file)
    with _lock:
        context = _contexts.get(key)
        if context is not None:
            return context
    context = ssl.create_default_context()
    if ca_file:
        load_ca_file(context, ca_file)
    with _lock:
        _contexts[key] = context
        while len(_contexts) > _KEPT:
            del _contexts[next(iter(_contexts))]
    return context
