"""The status of every message sent in a run, as EmailStatus reports it (sessions.py
records each send and its outcome here).

A send is known by the message's id, or `<id>#2`, `<id>#3`... when the same message (one
source file, one Message-ID) is sent again. The count stands outside the brackets, where
no Message-ID can reach (RFC 5322: `>` ends one): written `id#2`, it was also the
Message-ID of another message, `<id#2>`, and EmailStatus of that message's own id
answered with the first message's second send. The table is bounded (KEPT_STATUSES): a run
sending messages for hours kept every status for ever, and each send of one message
looked for its `#n` from 1 up, so n sends of it cost n^2/2 lookups; now one.
"""
from __future__ import annotations

__all__ = ["KEPT_STATUSES", "Record", "Status", "StatusTable"]

import threading
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .sessions import Session


class Status(Enum):
    SENT = "sent"
    PENDING = "pending"
    ERROR = "error"


@dataclass
class Record:
    """The fate of one message, as EmailStatus reports it."""

    status: Status
    session: "Session"
    rcpts: list[str]
    error: str = ""
    maybe_delivered: bool = False
    """The failure came after the whole message was sent (or the run stopped while it
    was on the wire): the server may have it, so it is never reported as "not sent"."""
    bare: str = ""
    """The message's id without `<>` and without this send's `#n` (StatusTable)."""


KEPT_STATUSES = 10_000
"""How many finished sends EmailStatus still knows (docs/email.md, "EmailStatus"): the
oldest finished one is forgotten beyond that. A send still pending, or a queued send's
failure its session's close has not reported yet, is never forgotten (it would be lost
silently)."""


class StatusTable:
    """Thread-safe id -> Record (workers write, the script reads), bounded: a run sending
    messages for hours kept every status for ever, and each send of one message looked
    for its `#n` from 1 up (n sends cost n^2/2 lookups)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: dict[str, Record] = {}
        self._sends: dict[str, list[int]] = {}
        """Per bare id: [the last n given, how many of its records are kept]."""
        self._finished: dict[str, None] = {}
        """The keys that may be forgotten, oldest finished first (a dict keeps order)."""
        self.kept = KEPT_STATUSES

    def add(self, msg_id: str, record: Record) -> str:
        """Record one send of `msg_id` and return the identifier EmailStatus knows it by:
        the id itself the first time, `<id>#2`, `<id>#3`... when the same message (one
        source file, one Message-ID) is sent again, so each send keeps its own status."""
        bare = _bare_id(msg_id)
        with self._lock:
            sends = self._sends.get(bare)
            if sends is None:  # (no send of it known: a forgotten one's id is given again)
                sends = self._sends[bare] = [1, 0]
                key = bare
            else:
                sends[0] += 1
                key = f"{bare}>#{sends[0]}"
            while key in self._records:  # a malformed Message-ID holding `>#2` itself
                sends[0] += 1
                key = f"{bare}>#{sends[0]}"
            sends[1] += 1
            record.bare = bare
            self._records[key] = record
        return msg_id if key == bare else "<" + key

    def update(self, msg_id: str, status: Status, error: str = "",
               maybe_delivered: bool = False) -> None:
        with self._lock:
            key = _bare_id(msg_id)
            rec = self._records[key]
            rec.status, rec.error, rec.maybe_delivered = status, error, maybe_delivered
            if status is Status.SENT or (status is Status.ERROR
                                         and not rec.session.asynchronous):
                self._finish(key)  # (a synchronous failure was told by the call itself)

    def reported(self, session: "Session") -> None:
        """`session`'s failures were reported (its close): they may now be forgotten."""
        with self._lock:
            for key, rec in list(self._records.items()):
                if rec.session is session and rec.status is Status.ERROR:
                    self._finish(key)

    def _finish(self, key: str) -> None:
        """`key` may be forgotten; forget the oldest finished beyond `kept`."""
        self._finished[key] = None
        while len(self._finished) > self.kept:
            old = next(iter(self._finished))
            del self._finished[old]
            bare = self._records.pop(old).bare
            sends = self._sends[bare]
            sends[1] -= 1
            if not sends[1]:  # no send of it is known any more
                del self._sends[bare]

    def get(self, msg_id: str) -> Record | None:
        with self._lock:
            return self._records.get(_bare_id(msg_id))

    def of(self, session: "Session", status: Status) -> list[tuple[str, Record]]:
        """The (id, record) pairs of one session in one state, oldest first."""
        with self._lock:
            return [(i, r) for i, r in self._records.items()
                    if r.session is session and r.status is status]


def _bare_id(msg_id: str) -> str:
    """The table's key: the id without its brackets; a repeat's `<id>#2` is `id>#2`."""
    return msg_id.strip().strip("<>")
