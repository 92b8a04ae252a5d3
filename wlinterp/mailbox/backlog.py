"""The work a capture does for a message after its 250: the record and the summary line.

A 250 only waits for the message file (with its envelope line) to be on disk. The rest —
parsing the subject and counting attachments, writing the ``wl-index/`` records (a cache
that readers rebuild from the envelope line when it is missing; one file for all the
messages settled together, store.py), appending to
`captured`, printing the summary line and flushing ``new/`` for the moves into it (see
delivery.py) — is queued here and done when the capture
is idle (no message for `IDLE_SECONDS`), when the queue holds `MAX_ITEMS` messages or
`MAX_BYTES` of them, when someone reads the results (`records()`), and at close.

Why: a script that sends a batch of mail waits for each 250 in turn, and (with
``wl run --capture``) shares the interpreter's one Python thread of execution with the
capture. Work moved off the 250 path is work the script's loop no longer waits for.
Nothing is lost by a crash before the queue is done: every queued message is already
durable, and its record is rebuilt by `list`/`show` from the message file.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from .store import CaptureStore

__all__ = ["Backlog", "IDLE_SECONDS", "MAX_BYTES", "MAX_ITEMS"]

IDLE_SECONDS = 0.02
MAX_ITEMS = 1000
MAX_BYTES = 16 << 20
_log = logging.getLogger(__name__)


class Backlog:
    """Stored messages whose record is still to be made, in arrival order (thread-safe)."""

    def __init__(self, store: CaptureStore,
                 on_record: Callable[[dict[str, Any]], None] | None = None,
                 max_items: int = MAX_ITEMS) -> None:
        self._store = store
        self._max_items = max_items
        self._on_record = on_record
        self._queue_lock = threading.Lock()  # guards _pending and _bytes (held briefly)
        self._work_lock = threading.Lock()  # one settle at a time, so records stay in order
        self._pending: list[tuple[str, dict[str, Any], bytes]] = []
        self._bytes = 0
        self._records: list[dict[str, Any]] = []

    def add(self, key: str, stored: dict[str, Any], raw: bytes) -> bool:
        """Queue a stored message; True when the queue is full and should be settled now."""
        with self._queue_lock:
            self._pending.append((key, stored, raw))
            self._bytes += len(raw)
            return len(self._pending) >= self._max_items or self._bytes >= MAX_BYTES

    def settle(self) -> None:
        """Make the record of every message queued so far (any thread may call it)."""
        with self._work_lock:
            with self._queue_lock:
                pending, self._pending, self._bytes = self._pending, [], 0
            if pending:
                self._store.sync_renames()  # the moves into new/ (delivery.py), for many at once
            records = [self._record(key, stored, raw) for key, stored, raw in pending]
            self._store.cache_records(records)  # one file for the batch (store.py)
            for record in records:
                self._records.append(record)
                if self._on_record is not None:
                    try:
                        self._on_record(record)
                    except Exception as error:  # a closed stdout must not stop the others
                        _log.debug("capture: on_message failed: %r", error)

    def _record(self, key: str, stored: dict[str, Any], raw: bytes) -> dict[str, Any]:
        try:
            return self._store.record_of(key, stored, raw)
        except Exception as error:  # the message is stored: keep its envelope at least
            _log.debug("capture: no index record for %s: %r", key, error)
            return {"id": key, **stored, "subject": "", "attachments": 0}

    def records(self) -> list[dict[str, Any]]:
        """Every message's record, in arrival order (settles the queue first)."""
        self.settle()
        with self._work_lock:
            return list(self._records)
