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
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterator

from . import envelope, safedir
from . import delivery, journal, replay
from .delivery import Reserve, deliver_durably
from .messages import header_addresses, parse, summarize
from .unfiled import unfiled_messages

__all__ = ["CaptureStore", "CorruptEntryError", "Entry", "MailboxError", "Requested"]

INDEX_DIR = "wl-index"
TLS_DIR = "wl-tls"
_MAILDIR_PARTS = ("tmp", "new", "cur")
_RECORD_FIELDS: dict[str, tuple[type, ...]] = {
    "id": (str,), "time": (str,), "mail_from": (str, type(None)), "rcpt_tos": (list,),
    "subject": (str,), "size": (int,), "attachments": (int,),
}
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BLOCK = 4096  # the room one small message takes on most file systems


class MailboxError(ValueError):
    """A problem with a capture directory, worded for the user (one sentence)."""


class CorruptEntryError(MailboxError):
    """One stored message or its index record cannot be read; the others still can."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"message {key}: {reason}")
        self.key = key


@dataclass(frozen=True)
class Requested:
    """What the script asked for, as told by the e-mail client through note_client."""

    host: str | None = None
    port: int | None = None
    mode: str | None = None


@dataclass(frozen=True)
class Entry:
    """One readable message: its index record (or one rebuilt from its headers)."""

    key: str
    record: dict[str, Any]
    indexed: bool


_SECOND: list[Any] = [None, ""]  # the last second formatted, and its text


def utc_now() -> str:
    """ISO 8601 UTC with milliseconds, so records sort in arrival order (the second's
    text is reused: this runs for every message, before its 250)."""
    now = time.time()
    second = int(now)
    if _SECOND[0] != second:
        _SECOND[:] = [second, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))]
    return f"{_SECOND[1]}.{int((now - second) * 1000):03d}Z"


class CaptureStore:
    """Read and write one capture directory."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.path = os.path.abspath(os.fspath(directory))
        self.index_path = os.path.join(self.path, INDEX_DIR)
        self._reserve = Reserve(self.path)
        self._journal: journal.Journal | None = None
        self._unfiled: dict[str, tuple[str, bytes]] | None = None  # read by _locations

    # -- opening -----------------------------------------------------------

    @classmethod
    def create(cls, directory: str | os.PathLike[str]) -> CaptureStore:
        """Open DIR for capturing, creating it; fail now, clearly, if it cannot be written."""
        path = os.path.abspath(os.fspath(directory))
        try:
            os.makedirs(path, mode=0o700, exist_ok=True)
            for part in (*_MAILDIR_PARTS, INDEX_DIR, journal.JOURNAL_DIR):
                _make_real_dir(os.path.join(path, part))
            _probe_writable(os.path.join(path, "tmp"), room=_BLOCK)
            _probe_writable(os.path.join(path, INDEX_DIR))
            delivery.recover(path)  # what a capture cut by a crash left in tmp/
            replay.replay(path)  # ... and in its journal (messages not yet durable as files)
        except OSError as error:
            reason = error.strerror or str(error)
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
        for part in (*_MAILDIR_PARTS, INDEX_DIR, journal.JOURNAL_DIR):
            sub = os.path.join(path, part)
            if os.path.lexists(sub) and not _is_real_dir(sub):
                raise _unsafe(path, part)
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
        record = {"id": key, **stored, **_summary(raw)}
        self._cache_record(key, record)
        return record

    def _cache_record(self, key: str, record: dict[str, Any]) -> None:
        """Write the index record under a temporary name, then rename (readers never see
        half a file). Not fsync'ed and allowed to fail (a full disk): the message file holds
        the same envelope, from which a lost, late or damaged record is rebuilt."""
        final = self._index_file(key)
        temp = os.path.join(self.index_path, f".{key}.{os.getpid()}.{threading.get_ident()}.tmp")
        data = json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
            os.replace(temp, final)
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
        removed = sum(1 for sub, _, _ in self._locations().values() if sub == journal.JOURNAL_DIR)
        for sub in ("new", "cur"):
            with self._subdir(sub) as fd:
                for item in safedir.scan(fd):
                    if item.is_file and safedir.unlink_file(fd, item.name):
                        removed += 1
        with self._subdir(INDEX_DIR, missing_ok=True) as fd:
            if fd is not None:
                for name in os.listdir(fd):
                    if name.endswith(".json") and safedir.is_message_name(name[: -len(".json")]):
                        safedir.unlink_file(fd, name)
        with self._subdir(journal.JOURNAL_DIR, missing_ok=True) as fd:
            if fd is not None:  # else a stopped capture's journal would bring messages back
                for name in os.listdir(fd):
                    if journal.is_stale_segment(name):
                        safedir.unlink_file(fd, name)
        return removed

    @contextmanager
    def _subdir(self, part: str, *, missing_ok: bool = False) -> Iterator[Any]:
        """A descriptor of DIR/part, refusing a link; None when missing and `missing_ok`."""
        try:
            fd: int | None = safedir.open_real_dir(os.path.join(self.path, part))
        except FileNotFoundError:
            if not missing_ok:
                raise MailboxError(f"{self.path} is not a capture mailbox: it has no {part}/ folder.") from None
            fd = None
        except safedir.LinkRefusedError:
            raise _unsafe(self.path, part) from None
        try:
            yield fd
        finally:
            if fd is not None:
                os.close(fd)

    # -- reading -----------------------------------------------------------

    def keys(self) -> list[str]:
        """Maildir keys of every message now in new/ and cur/ (links included, to report them)."""
        return list(self._locations())

    def _locations(self) -> dict[str, tuple[str, str, bool]]:
        """key -> (sub-directory, file name, is a regular file) for message-shaped names,
        and (wl-journal, segment name, True) for a message a stopped capture acknowledged
        without writing its file (unfiled.py)."""
        found: dict[str, tuple[str, str, bool]] = {}
        for sub in ("new", "cur"):
            with self._subdir(sub) as fd:
                for item in safedir.scan(fd):
                    if item.is_file or item.is_link:
                        found[item.name.split(":", 1)[0]] = (sub, item.name, item.is_file)
        if self._unfiled is None:  # read once: only a capture's start or `clear` changes them
            with self._subdir(journal.JOURNAL_DIR, missing_ok=True) as fd:
                self._unfiled = unfiled_messages(fd)
        for key, (segment, _) in self._unfiled.items():
            found.setdefault(key, (journal.JOURNAL_DIR, segment, True))
        return found

    def _locate(self, key: str) -> tuple[str, str]:
        """Where message `key` is; KeyError if gone, CorruptEntryError if it is a link."""
        sub, name, regular = self._locations()[key]
        if not regular:
            raise CorruptEntryError(key, "cannot read the message file (a symbolic link is never followed).")
        return sub, name

    def entries(self) -> tuple[list[Entry], list[CorruptEntryError]]:
        """Every readable message in arrival order, and an error for each unreadable one."""
        good: list[Entry] = []
        bad: list[CorruptEntryError] = []
        for key in self.keys():
            try:
                good.append(self.entry(key))
            except CorruptEntryError as error:
                bad.append(error)
            except KeyError:  # removed (clear, a mail client) while we were listing
                continue
        good.sort(key=lambda e: (str(e.record.get("time") or ""), e.key))
        return good, bad

    def entry(self, key: str) -> Entry:
        """One message's record, checked against the message it describes. The envelope
        stored in the message file wins: a missing, damaged or different index record is
        rebuilt from it (a crash or a full disk between the two writes loses nothing)."""
        try:
            record, damage = self._read_index(key), None
        except CorruptEntryError as error:
            record, damage = None, error
        stored, size = self._head(key)
        if stored is not None:
            if record is None or any(record.get(k) != stored[k] for k in envelope.ENVELOPE_FIELDS):
                record = {"id": key, **stored, **_summary(self.raw(key))}
            record["size"] = stored["size"]
        elif damage is not None:
            raise damage
        elif record is None:
            return Entry(key, _record_from_headers(key, self.raw(key)), indexed=False)
        if record["size"] != size:
            raise CorruptEntryError(
                key, f"the message file has {size} bytes but {record['size']} were captured "
                "(truncated or modified).")
        return Entry(key, record, indexed=True)

    def _head(self, key: str) -> tuple[dict[str, Any] | None, int]:
        """(envelope stored in the message file or None, size of the message as received),
        reading only the start of the file (listing stays cheap for big mailboxes)."""
        sub, name = self._locate(key)
        if sub == journal.JOURNAL_DIR:
            assert self._unfiled is not None
            data = self._unfiled[key][1]
            head, size = data[:envelope.MAX_LINE], len(data)
        else:
            head, size = self._read_head(key, sub, name)
        stored, rest = envelope.split(head)
        return stored, size - (len(head) - len(rest))

    def _read_head(self, key: str, sub: str, name: str) -> tuple[bytes, int]:
        """(first bytes, size) of the message file `name` in DIR/sub."""
        try:
            with self._subdir(sub) as fd:
                return safedir.read_head(fd, name, envelope.MAX_LINE)
        except FileNotFoundError:
            raise KeyError(key) from None
        except OSError as error:
            raise CorruptEntryError(key, f"cannot read the message file ({error.strerror}).") from None

    def raw(self, key: str) -> bytes:
        """The message bytes as received (without the envelope line); KeyError if gone,
        CorruptEntryError if the file cannot be read."""
        sub, name = self._locate(key)
        if sub == journal.JOURNAL_DIR:
            assert self._unfiled is not None
            return envelope.split(self._unfiled[key][1])[1]
        try:
            with self._subdir(sub) as fd:
                return envelope.split(safedir.read_file(fd, name))[1]
        except FileNotFoundError:
            raise KeyError(key) from None
        except OSError as error:
            raise CorruptEntryError(key, f"cannot read the message file ({error.strerror}).") from None

    def resolve(self, wanted: str) -> str:
        """The key named by `wanted`: the full id or an unambiguous prefix of it."""
        keys = self.keys()
        if wanted in keys:
            return wanted
        matches = [key for key in keys if wanted and key.startswith(wanted)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise MailboxError(f"no message {wanted!r} in {self.path}.")
        raise MailboxError(f"{wanted!r} matches {len(matches)} messages in {self.path}; give more of the id.")

    def _read_index(self, key: str) -> dict[str, Any] | None:
        """The record, None when the message has none, CorruptEntryError when it is damaged."""
        name = os.path.basename(self._index_file(key))
        try:
            with self._subdir(INDEX_DIR, missing_ok=True) as fd:
                if fd is None:
                    return None
                data = safedir.read_file(fd, name)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise CorruptEntryError(key, f"cannot read {INDEX_DIR}/{key}.json ({error.strerror}).") from None
        try:
            record: object = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise CorruptEntryError(key, f"{INDEX_DIR}/{key}.json is not valid JSON.") from None
        problem = _record_problem(key, record)
        if problem:
            raise CorruptEntryError(key, f"{INDEX_DIR}/{key}.json is damaged ({problem}).")
        assert isinstance(record, dict)
        return record

    def _index_file(self, key: str) -> str:
        if not key or "/" in key or "\0" in key or key.startswith("."):
            raise MailboxError(f"invalid message id {key!r}.")
        return os.path.join(self.index_path, key + ".json")


def _record_problem(key: str, record: object) -> str | None:
    """Why a parsed record cannot be trusted, or None if it looks right."""
    if not isinstance(record, dict):
        return "not a JSON object"
    for name, types in _RECORD_FIELDS.items():
        if name not in record:
            return f"no {name!r}"
        if not isinstance(record[name], types) or isinstance(record[name], bool):
            return f"{name!r} has the wrong type"
    if not all(isinstance(address, str) for address in record["rcpt_tos"]):
        return "'rcpt_tos' has the wrong type"
    if record["id"] != key:
        return "its id is another message's"
    return None


def _summary(raw: bytes) -> dict[str, Any]:
    """Subject, size, attachments; never refuse mail because it cannot be parsed."""
    try:
        return summarize(raw)
    except Exception:  # the parser is lenient, but captured bytes are arbitrary
        return {"subject": "", "size": len(raw), "attachments": 0}


def _record_from_headers(key: str, raw: bytes) -> dict[str, Any]:
    """A record for mail that another tool put in the Maildir: no envelope is known."""
    try:
        message = parse(raw)
        senders = header_addresses(message, "From")
        mail_from = senders[0] if senders else None
        rcpt_tos = header_addresses(message, "To", "Cc")
    except Exception:  # see _summary
        mail_from, rcpt_tos = None, []
    stamp = key.split(".", 1)[0]
    when = (datetime.fromtimestamp(int(stamp), timezone.utc).isoformat().replace("+00:00", "Z")
            if stamp.isdigit() else "")
    return {"id": key, "time": when, "mail_from": mail_from, "rcpt_tos": rcpt_tos,
            "requested_host": None, "requested_port": None, "requested_mode": None,
            "tls": None, "user": None, **_summary(raw)}


def _unsafe(path: str, part: str) -> MailboxError:
    """The error for a sub-folder replaced by a link: nothing is followed, read or removed."""
    return MailboxError(f"{path} is not a safe capture mailbox: {part}/ is a symbolic link "
                        "or not a directory; nothing was read or removed.")


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
