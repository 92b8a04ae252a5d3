"""The capture's write-ahead journal: one cheap wait for the disk per acknowledged message.

Why: making a *new* file durable costs more than its bytes. Its blocks must be allocated
and the file system's own journal committed (ext4: a metadata commit, a second write and
flush), and under load every such commit waits behind the others. Overwriting blocks that
are already allocated and durable costs only the data write and one flush. So a capture
prepares, ahead of time, a segment file of SEGMENT_BYTES filled with zeros and flushed
(``DIR/wl-journal/<unique name>``), and for each message:

1. appends a record (key, envelope line + message; length and CRC-32 in its header) to
   the segment, in place, under a lock, so records lie in the order they were written;
2. flushes the segment with ``fdatasync`` (group commit: one flush covers every record
   written before it, so several sessions share it);
3. answers 250.

(With `files_first`, for `wl mailbox serve`, whose clients are other programs that may
read the Maildir the moment they get their 250, the message file is written into
``tmp/`` before the flush and moved into ``new/`` before the 250, as direct delivery
does.) A keeper thread then, off the reply path, writes each message file into
``new/``, whole (keeper.py), once the capture pauses (`_KEEPER_WAKE` without a new
message; in a stream that never pauses, once `_HURRY_ITEMS` messages or `_HURRY_BYTES`
wait), makes the files durable by groups (at that pause, every `_SYNC_EVERY` files, at
the stop: one flush of the whole file system, else each file then ``new/``: keeper.py
says why), and removes a segment once it is full (or the capture stops) and every
message it holds is durable as a file. Creating a file costs more processor time than
all the rest of a message's storing (a file system's allocation and metadata work,
measured at 0.2-0.3 ms a message on ext4 against 0.05 ms for everything else): done by
the keeper, not before the 250; and done at a pause, not while the event loop's thread
serves a stream (see `_keep`: a Python thread working alongside the loop makes each of
the loop's system calls wait for the interpreter lock). Until its file is written (at
the next pause, or when someone reads the results: `drain`) a message is only in the
journal; `list` and `show` read the segments of a capture that is no
longer running (unfiled.py), so after kill -9 every acknowledged message is listed at
once all the same. After a crash or a power cut,
the next capture into DIR replays the segments of captures that are no longer running
(replay.py): a record whose message file is missing or incomplete is written again,
durably, under its own key, and one found whole is flushed before the segment goes;
the first damaged record ends a segment (a torn tail: it
was never flushed, so never acknowledged).

The journal is an optimisation, never a condition: until the first segment is ready,
when a segment is full and the next one is not, for a message bigger than MAX_RECORD,
or when no segment can be made (a full disk), a message takes the direct path of
delivery.py (its own file flushed), which keeps every promise at a higher price.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import threading
import time
from dataclasses import dataclass

from .delivery import NOFOLLOW, unique_name, write_all
from .keeper import FileWriter, Item
from . import segments
from .segments import JOURNAL_DIR, Segment, encode, prepare, retire

__all__ = ["Appended", "Journal"]

_KEEPER_WAKE = 0.05  # seconds without a new message: a pause, when the keeper writes the files
_HURRY_ITEMS = 4096  # ... or once this many messages wait for their files (a stream that
_HURRY_BYTES = 4 << 20  # never pauses), or this many bytes of them (memory, segments kept)
_SYNC_EVERY = 512  # files written and not yet durable that make the keeper flush them anyway
_log = logging.getLogger(__name__)


@dataclass(eq=False)
class Appended:
    """A record written into a segment (`Journal.append`), durable once `flush`ed."""

    key: str
    segment: Segment
    end: int
    data: bytes


class Journal:
    """The journal of one running capture into the Maildir `folder` (see module doc)."""

    def __init__(self, folder: str, *, files_first: bool = False) -> None:
        self.folder = folder
        self.files_first = files_first
        self._journal_dir = os.path.join(folder, JOURNAL_DIR)
        self._tmp = os.path.join(folder, "tmp") + os.sep
        self._new = os.path.join(folder, "new") + os.sep
        self._files = FileWriter(folder)  # the keeper's file work (keeper.py)
        self._lock = threading.Lock()  # guards _active, _spare, _segments and appends
        self._wake = threading.Condition(threading.Lock())  # wakes the keeper
        self._active: Segment | None = None
        self._spare: Segment | None = None
        self._segments: list[Segment] = []
        self._queue: collections.deque[Item | threading.Event] = collections.deque()
        self._closing = False
        self._hurry = False  # write the files waiting now (a drain, too many waiting, the stop)
        self._arrived = 0  # messages handed to the keeper so far: a pause is when it stops moving
        self._waiting_bytes = 0
        self._cannot_prepare = False
        self._thread = threading.Thread(target=self._keep, name="wl-capture-journal", daemon=True)
        self._thread.start()

    @property
    def ready(self) -> bool:
        """True when a segment can take the next message (the keeper prepares them)."""
        return self._active is not None

    # -- the reply path ------------------------------------------------------

    def deliver(self, data: bytes) -> str | None:
        """Store `data` as a new message through the journal; its key once it is durable
        (its file comes later, see the module doc), or None when the journal cannot take
        it (the caller delivers it the direct way). Raises OSError when it cannot be
        stored (the client gets 451)."""
        appended = self.append(data)
        if appended is None:
            return None
        key = appended.key
        try:
            if self.files_first:  # the file in tmp/ now, moved into new/ before the 250
                self._write_temp(key, data)
            self.flush(appended)
            if self.files_first:
                os.rename(self._tmp + key, self._new + key)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp + key)
            self.settle(appended, durable=False)
            raise
        self.settle(appended, durable=True)
        return key

    def append(self, data: bytes) -> Appended | None:
        """Write `data` as a record at the end of the active segment, not flushed yet (see
        `flush`, then `settle`); None when the journal cannot take it."""
        if len(data) > segments.MAX_RECORD:
            return None
        key = unique_name()
        claimed = self._append(key, data)
        return None if claimed is None else Appended(key, claimed[0], claimed[1], data)

    def flush(self, appended: Appended) -> None:
        """Make the record durable (OSError when the disk refuses): one `fdatasync` also
        covers every record written before it (group commit, see groupcommit.py)."""
        self._flush(appended.segment, appended.end)

    def settle(self, appended: Appended, *, durable: bool) -> None:
        """Hand the record to the keeper: its message file (`durable`), or nothing to write
        for a record whose flush failed (its client got 451) but a count to retire it."""
        if durable:
            self._settle_later((appended.segment, appended.key,
                                None if self.files_first else appended.data))
        else:
            self._settle_later((appended.segment, None, None))

    def _append(self, key: str, data: bytes) -> tuple[Segment, int] | None:
        """Write the record at the end of the active segment; (segment, end offset)."""
        record = encode(key, data)
        with self._lock:
            segment = self._active
            if segment is not None and segment.used + len(record) > segments.SEGMENT_BYTES:
                segment.full = True
                segment, self._active, self._spare = self._spare, self._spare, None
                self._ask_keeper()  # a new spare, and the full one to retire
            if segment is None:
                return None
            os.pwrite(segment.fd, record, segment.used)
            segment.used += len(record)
            segment.keys += 1
            return segment, segment.used

    def _flush(self, segment: Segment, end: int) -> None:
        """Make the segment durable up to `end`; one flush serves every record written
        before it started (the sessions waiting meanwhile find their record covered)."""
        with segment.flush_lock:
            if segment.flushed >= end:
                return
            target = segment.used  # every record up to here is already written
            os.fdatasync(segment.fd)
            segment.flushed = target

    def _settle_later(self, item: Item) -> None:
        self._queue.append(item)  # a deque: no lock needed to append
        self._arrived += 1
        if item[2] is not None:
            self._waiting_bytes += len(item[2])
        segment = item[0]
        if len(self._queue) >= _HURRY_ITEMS or self._waiting_bytes >= _HURRY_BYTES:
            self._ask_keeper(hurry=True)
        elif self._spare is None and segment.used > segments.SEGMENT_BYTES // 2:
            self._ask_keeper()  # the next segment, made ready while this one fills

    def drain(self, timeout: float = 30.0) -> None:
        """Wait until every message stored so far has its file in new/ (the keeper writes
        them; readers of the results, such as the Python API's `raw()`, need them)."""
        done = threading.Event()
        self._queue.append(done)
        self._ask_keeper(hurry=True)
        deadline = time.monotonic() + timeout
        while not done.wait(0.05):
            # a keeper that stopped meanwhile (the capture's stop) wrote them all first
            if not self._thread.is_alive() or time.monotonic() > deadline:
                return

    def _ask_keeper(self, *, hurry: bool = False) -> None:
        with self._wake:
            self._hurry = self._hurry or hurry
            self._wake.notify()

    # -- the keeper thread ---------------------------------------------------

    def _keep(self) -> None:
        """Prepare segments; write the message files when the capture pauses (or when
        asked: a drain, too many waiting, the stop); make them durable by groups (at a
        pause, every `_SYNC_EVERY` files, at the stop); retire the segments done.

        Why wait for a pause: the keeper is a Python thread, and every system call it
        makes (four a file) hands the interpreter lock over; while the event loop's
        thread is serving a stream of messages, each of the loop's own system calls then
        waits for the keeper to give the lock back (counted, one connection: 3.5 `futex`
        a message in each thread, none without the keeper's files). Written at a pause,
        the files cost the same work while no session waits for the lock."""
        unsynced: list[Item] = []  # files written, not yet durable
        seen = 0  # `_arrived` when the keeper last looked
        while True:
            self._prepare_segments()
            with self._wake:
                if not self._hurry and not self._closing:
                    self._wake.wait(_KEEPER_WAKE)
                closing, hurry, self._hurry = self._closing, self._hurry, False
            arrived = self._arrived
            paused, seen = arrived == seen, arrived
            if not (paused or hurry or closing):
                continue  # messages keep coming: their files wait for a pause
            self._waiting_bytes = 0
            taken = [self._queue.popleft() for _ in range(len(self._queue))]
            batch = [item for item in taken if not isinstance(item, threading.Event)]
            unsynced += self._files.write(batch)
            for item in taken:  # `drain`: the files are in new/
                if isinstance(item, threading.Event):
                    item.set()
            if unsynced and (closing or paused or len(unsynced) >= _SYNC_EVERY):
                done, unsynced = unsynced, []
                try:
                    self._files.make_durable(done)
                    self._settle(done)
                except Exception as error:  # keep going: the journal still holds these messages
                    _log.debug("capture journal: %r", error)
            if closing and not self._queue:
                return

    def _prepare_segments(self) -> None:
        """An active segment and a spare, as long as the disk allows."""
        with self._lock:  # the spare once the active segment is half full
            active = self._active
            wanted = (not self._cannot_prepare and not self._closing
                      and (active is None or (self._spare is None
                                              and active.used > segments.SEGMENT_BYTES // 2)))
        if not wanted:
            return
        try:
            segment = prepare(self._journal_dir)
        except OSError as error:  # a full disk: messages take the direct path
            _log.debug("capture journal: no segment: %r", error)
            self._cannot_prepare = True
            return
        with self._lock:
            self._segments.append(segment)
            if self._active is None:
                self._active = segment
            else:
                self._spare = segment

    def _settle(self, durable: list[Item]) -> None:
        """Count messages whose files are durable (or that were refused) in their segments,
        then retire the segments that are full and done. A message whose file could not be
        written or flushed (a full disk) is never counted, so it keeps its segment: the
        next capture writes it (replay.py), and `list` shows it from the segment meanwhile."""
        for segment, _, _ in durable:
            segment.settled += 1
        with self._lock:
            retired = [s for s in self._segments if s.full and s.settled == s.keys]
            for segment in retired:
                self._segments.remove(segment)
        for segment in retired:
            retire(segment)

    def _write_temp(self, key: str, data: bytes) -> None:
        fd = os.open(self._tmp + key, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, 0o600)
        try:
            write_all(fd, data)
        finally:
            os.close(fd)

    # -- stopping --------------------------------------------------------------

    def close(self) -> None:
        """Make every message file durable, then remove the segments (the capture stops).

        The removals are not flushed (no flush of wl-journal/, which the run would wait
        for at every stop): a segment whose removal a power cut undoes names only
        messages whose files were made durable before it was removed, so the next start
        finds each of them whole, flushes it and removes the segment again (replay.py)
        — nothing is lost or written twice."""
        with self._lock:
            self._closing = True
            self._active = self._spare = None
            for segment in self._segments:
                segment.full = True
        with self._wake:
            self._closing = True
            self._wake.notify()
        self._thread.join()
        self._files.close()
        with self._lock:
            left, self._segments = self._segments, []
        for segment in left:
            if segment.settled == segment.keys:
                retire(segment)
            else:  # a message file could not be flushed: the next capture replays it
                os.close(segment.fd)
