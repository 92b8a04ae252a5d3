"""Group commit: the records of several sessions made durable by one flush of the journal.

With several sessions sending at the same time, the event loop's thread writes each
session's record into the journal segment (a `pwrite` into the page cache,
journal.Journal.append) and the session waits for its record to be flushed. One flush
(`fdatasync`: it covers every record written before it) then serves every record waiting,
and their sessions get their 250 only after it has returned.

Who flushes depends on how long a flush takes:

* a fast disk (the usual case: a rewrite in place takes 0.05-0.3 ms): the loop's thread
  itself, once per turn of the event loop, for every record appended during the turn
  before (`call_soon`). Handing the flush to a thread and the sessions back costs more
  than that: counted with 4 connections, the flusher thread spent 0.1-0.2 ms of
  processor time a message, and every hand-over wakes two threads and moves the
  interpreter lock;
* a slow disk (a smoothed flush longer than SLOW_FLUSH): the flusher thread, so that the
  loop goes on serving the other sessions' commands meanwhile (else every turn of the
  loop would wait for the disk, and the sessions with it); it takes every record
  waiting, flushes each segment they lie in once, and wakes all their sessions with a
  single call into the event loop. Its flushes are timed too: once the disk is fast
  again (under half of SLOW_FLUSH), the loop flushes again.

A session alone does not come here (storing.py stores inline: no hand-off at all).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import Any, Callable

from .journal import Appended, Journal

__all__ = ["SLOW_FLUSH", "Flusher", "GroupCommit", "flush_batch"]

SLOW_FLUSH = 0.002
"""Seconds: a smoothed flush longer than this is done by the flusher thread. Measured on
this project's machine, busy (load 13, a flush in place taking 0.3-4 ms), 4 connections
to the in-process capture, alternated: the loop's flushes gave 0.52-0.71 of the plain
server's throughput against 0.32-0.45 with the flusher's (1.2-2.0 against 2.0-2.6 times
its processor time a message), so the loop keeps its flushes until they take longer
than a whole message's processing."""

_log = logging.getLogger(__name__)

Outcome = tuple[Any, "OSError | None"]
"""(the waiter's token, None once its record is durable, or the error of its flush)."""


class GroupCommit:
    """The flushes of the records of sessions storing at once (see the module doc). Its
    methods run in the loop's thread, except `close`."""

    def __init__(self, journal: Journal, loop: asyncio.AbstractEventLoop) -> None:
        self._journal = journal
        self._loop = loop
        self._turn: list[tuple[Appended, asyncio.Future[OSError | None]]] = []
        self._flusher: Flusher | None = None
        self._took = 0.0  # seconds a flush takes, smoothed
        self.slow = False

    def durable(self, appended: Appended) -> asyncio.Future[OSError | None]:
        """A future resolved once `appended` is durable (None) or its flush failed."""
        done: asyncio.Future[OSError | None] = self._loop.create_future()
        if self.slow:
            if self._flusher is None:
                self._flusher = Flusher(self._journal, self._wake, self._timed)
            self._flusher.submit(appended, done)
        else:
            self._turn.append((appended, done))
            if len(self._turn) == 1:
                self._loop.call_soon(self._flush_turn)
        return done

    def _flush_turn(self) -> None:
        batch, self._turn = self._turn, []
        began = time.perf_counter()
        outcomes = flush_batch(self._journal, batch)
        self._timed(time.perf_counter() - began)
        _resolve(outcomes)

    def _timed(self, seconds: float) -> None:
        """Note how long a flush took (the loop's or the flusher's thread; a race between
        the two only moves an estimate) and choose who flushes next."""
        self._took += (seconds - self._took) / 8
        if self._took > SLOW_FLUSH:
            self.slow = True
        elif self._took < SLOW_FLUSH / 2:
            self.slow = False

    def _wake(self, outcomes: list[Outcome]) -> None:
        """From the flusher's thread: one call into the loop for a whole flush."""
        self._loop.call_soon_threadsafe(_resolve, outcomes)

    def close(self) -> None:
        """Flush every record still waiting and hand it to the keeper (the loop has
        stopped: nobody is left to answer), then stop the flusher thread."""
        batch, self._turn = self._turn, []
        if batch:
            flush_batch(self._journal, batch)
        if self._flusher is not None:
            self._flusher.close()


def _resolve(outcomes: list[Outcome]) -> None:
    for done, error in outcomes:
        if not done.done():  # a session that hung up meanwhile: its record is kept all the same
            done.set_result(error)


class Flusher:
    """The thread that makes waiting records durable, in groups, when the disk is slow."""

    def __init__(self, journal: Journal, wake: Callable[[list[Outcome]], None],
                 timed: Callable[[float], None] = lambda seconds: None) -> None:
        """`wake(outcomes)` is called from the flusher's thread once per flush, with the
        outcome of every record the flush covered; `timed(seconds)` with its duration."""
        self._journal = journal
        self._wake = wake
        self._timed = timed
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
            began = time.perf_counter()
            outcomes = flush_batch(self._journal, batch)
            self._timed(time.perf_counter() - began)
            try:
                self._wake(outcomes)
            except Exception as error:  # the loop is gone (the capture stops): nobody to answer
                _log.debug("capture flusher: %r", error)


def flush_batch(journal: Journal, batch: list[tuple[Appended, Any]]) -> list[Outcome]:
    """Flush each segment of the batch once (up to its last record written), then give
    every record to the keeper: its file to write, or, if its flush failed, nothing."""
    failed: dict[int, OSError] = {}
    flushed: set[int] = set()
    for appended, _ in reversed(batch):  # the last record of a segment first: one flush
        segment = id(appended.segment)
        if segment in flushed or segment in failed:
            continue
        try:
            journal.flush(appended)
            flushed.add(segment)
        except OSError as error:
            failed[segment] = error
    outcomes: list[Outcome] = []
    for appended, token in batch:
        refused = failed.get(id(appended.segment))
        journal.settle(appended, durable=refused is None)
        outcomes.append((token, refused))
    return outcomes
