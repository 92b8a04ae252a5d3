"""How the capture server stores a message before its 250, and what it does after.

Three ways, chosen per message, all ending with the message durable before the 250:

* a session alone (the common case: a script sending its mail one after the other)
  stores in the event loop's own thread: append the record to the journal, `fdatasync`,
  answer. Handing the work to a thread and back would cost about as much processor time
  as the work itself, and there is no other session to serve meanwhile;
* with several sessions at once, the loop thread appends each record to the journal and
  the session waits for a group flush (groupcommit.py): every record appended during one
  turn of the event loop is made durable by one `fdatasync` at the start of the next
  turn, in the loop's thread, while the disk is fast; once its flushes are slow (a busy
  disk), by the flusher thread, so that the loop serves the other sessions meanwhile;
* a message the journal cannot take (no segment ready yet, too big, a full disk) or a
  capture whose files must be in new/ before the 250 (`serve`), with other sessions
  about, is stored in a worker thread, so the others go on while it waits for the disk.

After the 250, the message joins the backlog (backlog.py), settled when the capture is
idle for IDLE_SECONDS, when the backlog is full, when results are read and at close.
"""

from __future__ import annotations

import asyncio
from typing import Any

from .backlog import IDLE_SECONDS, Backlog
from .groupcommit import GroupCommit
from .store import CaptureStore

__all__ = ["Storing"]


class Storing:
    """The storing side of one running capture server (its methods run in the loop's
    thread, except `close`)."""

    def __init__(self, store: CaptureStore, backlog: Backlog,
                 loop: asyncio.AbstractEventLoop) -> None:
        self._store = store
        self._backlog = backlog
        self._loop = loop
        self._in_flight = 0  # messages waiting for a flush or a worker thread
        self._last_store = 0.0
        self._idle_timer: asyncio.TimerHandle | None = None
        self._group: GroupCommit | None = None

    async def store(self, raw: bytes, fields: dict[str, Any], *, alone: bool) -> None:
        """Store `raw` with its envelope `fields` durably (OSError: not stored, 451)."""
        if alone and self._in_flight == 0:
            key, stored = self._store.store(raw, **fields)
        else:
            self._in_flight += 1
            try:
                key, stored = await self._together(raw, fields)
            finally:
                self._in_flight -= 1
        if self._backlog.add(key, stored, raw):
            self._loop.run_in_executor(None, self._backlog.settle)
        self._last_store = self._loop.time()
        if self._idle_timer is None:
            self._idle_timer = self._loop.call_later(IDLE_SECONDS, self._when_idle)

    async def _together(self, raw: bytes, fields: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """Store while other sessions are storing too: group commit, or a worker thread."""
        stored, data = self._store.stamp(raw, **fields)
        journal = self._store.journal
        appended = journal.append(data) if journal is not None and not journal.files_first else None
        if appended is None:
            return await self._loop.run_in_executor(None, self._store.put, data), stored
        if self._group is None:
            self._group = GroupCommit(journal, self._loop)  # type: ignore[arg-type]
        error = await self._group.durable(appended)
        if error is not None:
            raise error
        return appended.key, stored

    def _when_idle(self) -> None:
        """Settle the backlog once no message has arrived for IDLE_SECONDS."""
        quiet = self._loop.time() - self._last_store
        if quiet < IDLE_SECONDS:
            self._idle_timer = self._loop.call_later(IDLE_SECONDS - quiet, self._when_idle)
            return
        self._idle_timer = None
        self._loop.run_in_executor(None, self._backlog.settle)

    def close(self) -> None:
        """Flush and hand to the keeper every record still waiting (the loop has stopped)."""
        if self._group is not None:
            self._group.close()
