"""Reading a capture mailbox: its messages, their records, and the errors readers report.

Split from store.py (which writes): `list`, `show` and the Python API only read, and
reading has its own rules. Every file is reached through a descriptor of a real
sub-folder (safedir.py), never through a link; the envelope line in a message file wins
over its `wl-index/` record, which is a cache rebuilt when missing, damaged or
different; a message a stopped capture acknowledged but never wrote as a file is read
from its journal (unfiled.py). Reading never changes anything in DIR.
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterator

from . import envelope, safedir
from .segments import JOURNAL_DIR
from .quicksummary import quick_summary
from .unfiled import unfiled_messages
from ..digits import ascii_digits

__all__ = ["BATCH_SUFFIX", "CorruptEntryError", "Entry", "INDEX_DIR", "MailboxError",
           "MailboxReader", "is_batch_name", "summary", "unsafe"]

INDEX_DIR = "wl-index"
BATCH_SUFFIX = ".jsonl"
"""The index's file of the records of a batch of messages, one a line (store.py)."""
_RECORD_FIELDS: dict[str, tuple[type, ...]] = {
    "id": (str,), "time": (str,), "mail_from": (str, type(None)), "rcpt_tos": (list,),
    "subject": (str,), "size": (int,), "attachments": (int,),
}


class MailboxError(ValueError):
    """A problem with a capture directory, worded for the user (one sentence)."""


class CorruptEntryError(MailboxError):
    """One stored message or its index record cannot be read; the others still can."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"message {key}: {reason}")
        self.key = key


@dataclass(frozen=True)
class Entry:
    """One readable message: its index record (or one rebuilt from its headers)."""

    key: str
    record: dict[str, Any]
    indexed: bool


class MailboxReader:
    """Read one capture directory (CaptureStore, store.py, adds the writing)."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.path = os.path.abspath(os.fspath(directory))
        self.index_path = os.path.join(self.path, INDEX_DIR)
        self._unfiled: dict[str, tuple[str, bytes]] | None = None  # read by _locations
        self._batches: dict[str, dict[str, Any]] | None = None  # read by _read_index

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
            raise unsafe(self.path, part) from None
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
            with self._subdir(JOURNAL_DIR, missing_ok=True) as fd:
                self._unfiled = unfiled_messages(fd)
        for key, (segment, _) in self._unfiled.items():
            found.setdefault(key, (JOURNAL_DIR, segment, True))
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
        self._batches = None  # the batches written since the last listing count too
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
                record = {"id": key, **stored, **summary(self.raw(key))}
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
        if sub == JOURNAL_DIR:
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
        if sub == JOURNAL_DIR:
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
        """The record: the message's own file (`<id>.json`: a single delivery, or an older
        capture) or a line of a batch file; None when the message has none,
        CorruptEntryError when its own file is damaged."""
        name = os.path.basename(self._index_file(key))
        try:
            with self._subdir(INDEX_DIR, missing_ok=True) as fd:
                if fd is None:
                    return None
                data = safedir.read_file(fd, name)
        except FileNotFoundError:
            batched = self._batched().get(key)
            return None if batched is None else dict(batched)
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

    def _batched(self) -> dict[str, dict[str, Any]]:
        """id -> record, from every batch file of the index (read once per listing). A
        line or a file that cannot be read is left out: its messages' records are rebuilt
        from their envelope lines, as for a lost record."""
        if self._batches is None:
            found: dict[str, dict[str, Any]] = {}
            with self._subdir(INDEX_DIR, missing_ok=True) as fd:
                for item in safedir.scan(fd) if fd is not None else ():
                    if item.is_file and is_batch_name(item.name):
                        found.update(_batch_records(fd, item.name))
            self._batches = found
        return self._batches

    def _index_file(self, key: str) -> str:
        if not key or "/" in key or "\0" in key or key.startswith("."):
            raise MailboxError(f"invalid message id {key!r}.")
        return os.path.join(self.index_path, key + ".json")


def is_batch_name(name: str) -> bool:
    """Is `name` a batch file of the index (a unique name, then BATCH_SUFFIX)?"""
    return name.endswith(BATCH_SUFFIX) and safedir.is_message_name(name[: -len(BATCH_SUFFIX)])


def _batch_records(dir_fd: int, name: str) -> dict[str, dict[str, Any]]:
    """The good records of one batch file (none when it cannot be read)."""
    try:
        data = safedir.read_file(dir_fd, name)
    except OSError:
        return {}
    found: dict[str, dict[str, Any]] = {}
    for line in data.splitlines():
        try:
            record = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            continue
        key = record.get("id") if isinstance(record, dict) else None
        if isinstance(key, str) and _record_problem(key, record) is None:
            found[key] = record
    return found


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


def summary(raw: bytes) -> dict[str, Any]:
    """Subject, size, attachments; never refuse mail because it cannot be parsed. (The
    mail parser is loaded here, on first use, and only for mail that the quick reading of
    quicksummary.py cannot summarize: a capture starts without it.)"""
    quick = quick_summary(raw)
    if quick is not None:
        return quick
    from .messages import summarize

    try:
        return summarize(raw)
    except Exception:  # the parser is lenient, but captured bytes are arbitrary
        return {"subject": "", "size": len(raw), "attachments": 0}


def _record_from_headers(key: str, raw: bytes) -> dict[str, Any]:
    """A record for mail that another tool put in the Maildir: no envelope is known."""
    from .messages import header_addresses, parse

    try:
        message = parse(raw)
        senders = header_addresses(message, "From")
        mail_from = senders[0] if senders else None
        rcpt_tos = header_addresses(message, "To", "Cc")
    except Exception:  # see summary
        mail_from, rcpt_tos = None, []
    stamp = key.split(".", 1)[0]
    when = (datetime.fromtimestamp(int(stamp), timezone.utc).isoformat().replace("+00:00", "Z")
            if ascii_digits(stamp) else "")
    return {"id": key, "time": when, "mail_from": mail_from, "rcpt_tos": rcpt_tos,
            "requested_host": None, "requested_port": None, "requested_mode": None,
            "tls": None, "user": None, **summary(raw)}


def unsafe(path: str, part: str) -> MailboxError:
    """The error for a sub-folder replaced by a link: nothing is followed, read or removed."""
    return MailboxError(f"{path} is not a safe capture mailbox: {part}/ is a symbolic link "
                        "or not a directory; nothing was read or removed.")
