"""Group commit: one thread flushes the journal for every session waiting at once.

With several sessions sending at the same time, each one used to hand its whole delivery
to a worker thread and wait for it back: two thread hand-offs per message, each costing
about as much processor time as the capture's own work. Now the session's own thread
(the event loop) writes its record into the journal segment (a `pwrite` into the page
cache, journal.Journal.append) and waits on a future; the flusher thread takes every
record waiting, flushes each segment they lie in once (`fdatasync`: it covers every
record written before it), hands them to the journal's keeper, and wakes all their
sessions with a single call into the event loop. A session's 250 therefore still comes
only after its record is on disk, and N sessions share one wait for the disk and one
hand-off back, instead of N of each.

A session alone does not come here (server.py stores inline: no hand-off at all).
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from .journal import Appended, Journal

__all__ = ["Flusher"]

_log = logging.getLogger(__name__)

Outcome = tuple[Any, "OSError | None"]
"""(the waiter's token, None once its record is durable, or the error of its flush)."""


class Flusher:
    """The thread that makes waiting records durable, in groups (see the module doc)."""

    def __init__(self, journal: Journal, wake: Callable[[list[Outcome]], None]) -> None:
        """`wake(outcomes)` is called from the flusher's thread once per flush, with the
        outcome of every record the flush covered (server.py hands it to the loop)."""
        self._journal = journal
        self._wake = wake
        self._ready = threading.Condition(threading.Lock())
        self._waiting: list[tuple[Appended, Any]] = []
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="wl-capture-flush", daemon=True)
        self._thread.start()

    def submit(self, appended: Appended, token: Any) -> None:
        """Make `appended` durable soon; its outcome reaches `wake` with `token`."""
        with self._ready:
            self._waiting.append((appended, token))
            self._ready.notify()

    def close(self) -> None:
        """Flush what is waiting, then stop the thread (the capture stops)."""
        with self._ready:
            self._closing = True
            self._ready.notify()
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._ready:
                while not self._waiting and not self._closing:
                    self._ready.wait()
                batch, self._waiting = self._waiting, []
                if not batch:
                    return
            outcomes = self._flush(batch)
            try:
                self._wake(outcomes)
            except Exception as error:  # the loop is gone (the capture stops): nobody to answer
                _log.debug("capture flusher: %r", error)

    def _flush(self, batch: list[tuple[Appended, Any]]) -> list[Outcome]:
        """Flush each segment of the batch once (up to its last record written), then give
        every record to the keeper: its file to write, or, if its flush failed, nothing."""
        failed: dict[int, OSError] = {}
        flushed: set[int] = set()
        for appended, _ in reversed(batch):  # the last record of a segment first: one flush
            segment = id(appended.segment)
            if segment in flushed or segment in failed:
                continue
            try:
                self._journal.flush(appended)
                flushed.add(segment)
            except OSError as error:
                failed[segment] = error
        outcomes: list[Outcome] = []
        for appended, token in batch:
            refused = failed.get(id(appended.segment))
            self._journal.settle(appended, durable=refused is None)
            outcomes.append((token, refused))
        return outcomes
