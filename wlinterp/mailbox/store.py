"""The capture mailbox on disk: a Maildir plus one JSON index record per message.

Layout of a capture directory ``DIR``::

    DIR/tmp DIR/new DIR/cur     the Maildir (stdlib ``mailbox.Maildir``), readable by mail tools
    DIR/wl-index/<id>.json      what the message itself does not say: envelope, TLS mode,
                                authenticated user, the host/port the script asked for
    DIR/wl-tls/ca-*.pem         the throwaway CA certificate of a running capture (see server.py)

Each message file starts with one ``X-WL-Envelope:`` line holding the envelope
(envelope.py), so a message is durable with everything about it after one file
``fsync`` (delivery.py: the file's name in ``tmp/`` was made durable ahead of time); the
index record is a cache of that line plus the summary, written after the 250 (backlog.py)
without ``fsync`` and rebuilt by readers when it is
missing, damaged or different.

Why one index file per message rather than one shared JSON file: Maildir
delivery is atomic and lock-free (write in ``tmp``, link into ``new``), and a
per-message record written to a temporary name and renamed keeps that
property, so two processes capturing into the same DIR at once lose nothing
and need no lock. The message is written first and its record second, so a
reader that races a delivery sees at worst a message without a record, which
it still lists from the message headers. Messages are kept byte for byte as
received (after SMTP dot-unstuffing), so ``show --raw`` is what went over the
wire.

Nothing here writes outside DIR: every path is DIR joined with a fixed name or
with a Maildir key, keys never contain a slash, and the subdirectories must be
real directories, not symbolic links.

This module writes; reading (list, show, the Python API) is reading.py, whose
MailboxReader CaptureStore extends.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import threading
import time
from dataclasses import dataclass
from typing import Any

from . import envelope, safedir
from . import delivery, journal, replay, segments
from .delivery import Reserve, deliver_durably
from .reading import (BATCH_SUFFIX, INDEX_DIR, CorruptEntryError, Entry, MailboxError,
                      MailboxReader, is_batch_name, summary, unsafe)

__all__ = ["CaptureStore", "CorruptEntryError", "Entry", "INDEX_DIR", "MailboxError", "Requested",
           "TLS_DIR"]

TLS_DIR = "wl-tls"
_MAILDIR_PARTS = ("tmp", "new", "cur")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BLOCK = 4096  # the room one small message takes on most file systems


@dataclass(frozen=True)
class Requested:
    """What the script asked for, as told by the e-mail client through note_client."""

    host: str | None = None
    port: int | None = None
    mode: str | None = None


_SECOND: list[Any] = [None, ""]  # the last second formatted, and its text


def utc_now() -> str:
    """ISO 8601 UTC with milliseconds, so records sort in arrival order (the second's
    text is reused: this runs for every message, before its 250)."""
    now = time.time()
    second = int(now)
    if _SECOND[0] != second:
        _SECOND[:] = [second, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))]
    return f"{_SECOND[1]}.{int((now - second) * 1000):03d}Z"


class CaptureStore(MailboxReader):
    """Read (reading.py) and write one capture directory."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        super().__init__(directory)
        self._reserve = Reserve(self.path)
        self._journal: journal.Journal | None = None
        self._moved_directly = False  # a message moved into new/ since the last sync_renames

    # -- opening -----------------------------------------------------------

    @classmethod
    def create(cls, directory: str | os.PathLike[str]) -> CaptureStore:
        """Open DIR for capturing, creating it; fail now, clearly, if it cannot be written."""
        path = os.path.abspath(os.fspath(directory))
        try:
            os.makedirs(path, mode=0o700, exist_ok=True)
            for part in (*_MAILDIR_PARTS, INDEX_DIR, segments.JOURNAL_DIR):
                _make_real_dir(os.path.join(path, part))
            _probe_writable(os.path.join(path, "tmp"), room=_BLOCK)
            _probe_writable(os.path.join(path, INDEX_DIR))
            delivery.recover(path)  # what a capture cut by a crash left in tmp/
            replay.replay(path)  # ... and in its journal (messages not yet durable as files)
        except OSError as error:
            reason = error.strerror or str(error)
            if error.errno == errno.EEXIST:  # makedirs on a file ("File exists" said little)
                reason = "it exists and is not a folder"
            where = f" ({error.filename})" if error.filename and error.filename != path else ""
            raise MailboxError(f"cannot capture into {path}: {reason}{where}.") from None
        return cls(path)

    @classmethod
    def existing(cls, directory: str | os.PathLike[str]) -> CaptureStore:
        """Open DIR for reading; it must already be a Maildir."""
        path = os.path.abspath(os.fspath(directory))
        if not os.path.isdir(path):
            raise MailboxError(f"{path} is not a capture mailbox: no such directory.")
        missing = [p for p in ("new", "cur") if not os.path.lexists(os.path.join(path, p))]
        if missing:
            raise MailboxError(f"{path} is not a capture mailbox: it has no {missing[0]}/ folder.")
        for part in (*_MAILDIR_PARTS, INDEX_DIR, segments.JOURNAL_DIR):
            sub = os.path.join(path, part)
            if os.path.lexists(sub) and not _is_real_dir(sub):
                raise unsafe(path, part)
        return cls(path)

    def tls_dir(self) -> str:
        """DIR/wl-tls, created on demand, for the throwaway CA certificate."""
        path = os.path.join(self.path, TLS_DIR)
        _make_real_dir(path)
        return path

    # -- writing -----------------------------------------------------------

    def deliver(self, raw: bytes, *, mail_from: str | None, rcpt_tos: list[str], tls: str,
                user: str | None, requested: Requested | None = None) -> dict[str, Any]:
        """Store one message durably, then its index record (see `store` and `index`)."""
        key, stored = self.store(raw, mail_from=mail_from, rcpt_tos=rcpt_tos, tls=tls,
                                 user=user, requested=requested)
        return self.index(key, stored, raw)

    def store(self, raw: bytes, *, mail_from: str | None, rcpt_tos: list[str], tls: str,
              user: str | None, requested: Requested | None = None) -> tuple[str, dict[str, Any]]:
        """Store one message with its envelope: one file, durable when this returns (see
        envelope.py); returns (key, envelope). This is all a 250 waits for; the index
        record is a cache (`index`) that may come later. On failure nothing half-written
        stays and the error propagates (the server answers 451)."""
        stored, data = self.stamp(raw, mail_from=mail_from, rcpt_tos=rcpt_tos, tls=tls,
                                  user=user, requested=requested)
        return self.put(data), stored

    def stamp(self, raw: bytes, *, mail_from: str | None, rcpt_tos: list[str], tls: str,
              user: str | None, requested: Requested | None = None) -> tuple[dict[str, Any], bytes]:
        """(envelope, bytes to store: the envelope line, then the message as received)."""
        requested = requested or Requested()
        stored = {"time": utc_now(), "mail_from": mail_from, "rcpt_tos": list(rcpt_tos),
                  "requested_host": requested.host, "requested_port": requested.port,
                  "requested_mode": requested.mode, "tls": tls, "user": user,
                  "size": len(raw)}
        return stored, envelope.line(stored) + raw

    def put(self, data: bytes) -> str:
        """Store stamped `data` durably (the journal, else its own file); its key."""
        key = self._journal.deliver(data) if self._journal is not None else None
        if key is None:  # no journal, or it cannot take this one: the direct way
            key = deliver_durably(self.path, self._reserve, data)
            self._moved_directly = True
        return key

    @property
    def journal(self) -> journal.Journal | None:
        """The write-ahead journal while capturing (see `start_journal`)."""
        return self._journal

    def start_journal(self, *, files_first: bool = False) -> None:
        """Store messages through a write-ahead journal from now on (journal.py: one
        cheaper flush per message; the capture server uses it, single calls need not).
        `files_first`: each message file is in new/ before `store` returns."""
        if self._journal is None:
            self._journal = journal.Journal(self.path, files_first=files_first)

    def sync_renames(self) -> None:
        """Have every message stored so far in new/ (the journal's keeper writes the files,
        journal.py) and make the moves into new/ durable (delivery.py); a failure is not
        lost mail: `recover` and `replay` redo the moves after a crash."""
        if self._journal is not None:
            self._journal.drain()
        if self._moved_directly:  # the journal's files are made durable by its keeper
            self._moved_directly = False
            with contextlib.suppress(OSError):
                delivery.sync_renames(self.path)

    def stop_capturing(self) -> None:
        """Make every message file durable, retire the journal, flush new/ and remove the
        reserved files not used (the capture stops)."""
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        self.sync_renames()
        self._reserve.release()

    def index(self, key: str, stored: dict[str, Any], raw: bytes) -> dict[str, Any]:
        """The full record of a stored message (envelope + subject and attachment count),
        also written to wl-index/ as a cache for readers."""
        record = self.record_of(key, stored, raw)
        self._write_index(os.path.basename(self._index_file(key)),
                          json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        return record

    @staticmethod
    def record_of(key: str, stored: dict[str, Any], raw: bytes) -> dict[str, Any]:
        """The record of message `key`: its envelope, subject and attachment count."""
        return {"id": key, **stored, **summary(raw)}

    def cache_records(self, records: list[dict[str, Any]]) -> None:
        """Write the records of a batch of messages (backlog.py) into one file of the
        index, ``wl-index/<unique name>.jsonl``, one record a line. Why one file: creating
        a file cost more processor time than everything else about a record (measured on
        this project's ext4: 40-80 microseconds of system time quiet, ten times that on a
        busy machine), and a capture used to create one a message."""
        if records:
            data = b"".join(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
                            for record in records)
            self._write_index(delivery.unique_name() + BATCH_SUFFIX, data)

    def _write_index(self, name: str, data: bytes) -> None:
        """Write a file of the index under a temporary name, then rename (readers never see
        half a file). Not fsync'ed and allowed to fail (a full disk): the message file holds
        the same envelope, from which a lost, late or damaged record is rebuilt."""
        temp = os.path.join(self.index_path, f".{name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
            try:
                delivery.write_all(fd, data)
            finally:
                os.close(fd)
            os.replace(temp, os.path.join(self.index_path, name))
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temp)

    def clear(self) -> int:
        """Remove every message and its record; keeps the Maildir itself. Returns the count.

        Only regular files with a Maildir message name are removed (and the journal
        segments of captures no longer running, see journal.py), through
        descriptors of the real sub-directories (see safedir): a link, a
        dotfile or any other file in the folder is left alone.
        """
        removed = sum(1 for sub, _, _ in self._locations().values() if sub == segments.JOURNAL_DIR)
        for sub in ("new", "cur"):
            with self._subdir(sub) as fd:
                for item in safedir.scan(fd):
                    if item.is_file and safedir.unlink_file(fd, item.name):
                        removed += 1
        with self._subdir(INDEX_DIR, missing_ok=True) as fd:
            if fd is not None:
                for name in os.listdir(fd):
                    if (name.endswith(".json") and safedir.is_message_name(name[: -len(".json")])
                            or is_batch_name(name)):
                        safedir.unlink_file(fd, name)
        with self._subdir(segments.JOURNAL_DIR, missing_ok=True) as fd:
            if fd is not None:  # else a stopped capture's journal would bring messages back
                for name in os.listdir(fd):
                    if segments.is_stale_segment(name):
                        safedir.unlink_file(fd, name)
        return removed

def _is_real_dir(path: str) -> bool:
    mode = os.lstat(path).st_mode
    return stat.S_ISDIR(mode) and not stat.S_ISLNK(mode)


def _make_real_dir(path: str) -> None:
    """Create `path` if missing; refuse a symlink or a file there (writes must stay in DIR)."""
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass
    if not _is_real_dir(path):
        raise NotADirectoryError(errno.ENOTDIR, "not a directory (or a symbolic link)", path)


def _probe_writable(folder: str, room: int = 0) -> None:
    """Create and remove a file: permission bits lie (root, read-only mounts), a write does
    not. With `room`, write that many bytes into it: a disk too full for one message is
    refused at start (one clear error), not with a 451 for every message."""
    probe = os.path.join(folder, f".wl-probe-{os.getpid()}-{threading.get_ident()}")
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        if room:
            delivery.write_all(fd, bytes(room))
    finally:
        os.close(fd)
        os.unlink(probe)
