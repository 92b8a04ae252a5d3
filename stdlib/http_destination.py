"""HTTPDestination: the next HTTPRequest's answer written to a file (stdlib/http_client.py).

Real code saves a download this way (`HTTPDestination(sFile)` then `HTTPRequest(url)`:
VERIFIED ?3043007, "the result of the request can be saved in a backup file by
HTTPDestination or it can be retrieved by HTTPGetResult"). The body goes to the file a
piece at a time, never whole in memory, so a download is not bounded by the longest
string of the run; the exchange's own limits still hold (http_deadline.py: each wait,
the overall deadline, a body shorter than its Content-Length fails).

It is written to a temporary file beside the destination, which takes the destination's
name only once the whole body has come: a download that fails half-way leaves no
truncated file under that name, and an older file of that name stays as it was.

A file is not bounded by `--max-string`, and the deadline moves on with every 64 KB that
comes, so a server sending an endless body quickly (a chunked answer that never ends) would
fill the disk: the file is bounded too, by the run option `max_download` (DOWNLOAD_LIMIT by
default), counted in bytes received; past it the call fails and no file is left (*decided*,
docs/security.md "Limits of a run").
"""
from __future__ import annotations

__all__ = ["save_body", "DOWNLOAD_LIMIT", "download_limit"]

import os
import tempfile
from typing import Any

from wlinterp.errors import BuiltinFailure

from .http_deadline import Exchange, _PIECE

DOWNLOAD_LIMIT = 16 << 30
"""The most bytes one HTTPDestination file may take (16 GiB): above a double-layer DVD
image, far below what fills a disk quickly enough to matter (*decided*)."""


def download_limit(options: dict[str, Any]) -> int:
    """The run's bound on a downloaded file, in bytes (run option `max_download`)."""
    value = options.get("max_download")
    return int(value) if value else DOWNLOAD_LIMIT


def save_body(answer: Any, exchange: Exchange, path: str, what: str,
              whole: bytes | None = None, most: int = DOWNLOAD_LIMIT) -> int:
    """Write the answer's body (or `whole`, a body already read and decoded) to `path`,
    at most `most` bytes; the bytes written, or a BuiltinFailure naming `what` and the
    file."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".wl-download-", dir=folder)
    except OSError as exc:
        raise _unwritable(what, path, exc) from None
    try:
        with os.fdopen(handle, "wb") as out:
            total = _copy(answer, exchange, out, (what, path), most) if whole is None \
                else _write(out, _fits(whole, 0, most, what, path), what, path)
        try:
            os.chmod(temporary, _mode(path))
            os.replace(temporary, path)
        except OSError as exc:  # (a folder of that name, a read-only file system)
            raise _unwritable(what, path, exc) from None
    except BaseException:
        _remove(temporary)
        raise
    return total


def _copy(answer: Any, exchange: Exchange, out: Any, named: tuple[str, str],
          most: int) -> int:
    """The body copied piece by piece, at most `most` bytes; a cut answer fails as
    read_body's does."""
    what, path = named
    read = getattr(answer, "read1", None) or answer.read
    total = 0
    while piece := read(_PIECE):
        exchange.received(len(piece))
        total += _write(out, _fits(piece, total, most, what, path), what, path)
    if exchange.expired:
        raise BuiltinFailure(f"{what} failed while reading the answer ({exchange.over()}); "
                             f"'{path}' was not written.")
    missing = getattr(answer, "length", None)
    if missing:
        raise BuiltinFailure(f"{what} failed: the answer was cut short, the server announced "
                             f"{total + missing} bytes (its Content-Length) and sent {total}; "
                             f"'{path}' was not written.")
    return total


def _fits(data: bytes, written: int, most: int, what: str, path: str) -> bytes:
    """`data` when the file, `written` bytes long, may still take it; else the failure
    saying the bound (counted in bytes received, before the disk is touched)."""
    if written + len(data) > most:
        raise BuiltinFailure(f"{what} failed: the answer is longer than {most} bytes, the "
                             "most a downloaded file may take (--max-download); "
                             f"'{path}' was not written.")
    return data


def _write(out: Any, data: bytes, what: str, path: str) -> int:
    try:
        out.write(data)
    except OSError as exc:
        raise _unwritable(what, path, exc) from None
    return len(data)


def _unwritable(what: str, path: str, exc: OSError) -> BuiltinFailure:
    """A file that cannot be written, said with the system's words (a missing folder,
    no permission, a full disk)."""
    return BuiltinFailure(f"{what}: the answer could not be written to '{path}' "
                          f"({exc.strerror or exc}); nothing was saved.")


def _mode(path: str) -> int:
    """The permissions the file gets: an existing file's, else what creating it would
    give (the temporary file is made readable by its owner only)."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _remove(temporary: str) -> None:
    try:
        os.unlink(temporary)
    except OSError:
        pass
