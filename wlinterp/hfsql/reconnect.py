"""A connection lost with the server or the network, and HReconnect (?1000017278,
VERIFIED: no parameter; every interrupted connection is opened again, the others are left
alone; True, or False with HErrorInfo).

The page lists when a reconnection cannot be made: a transaction was in progress (the
server cancelled it when the client went away) or the program held locks. Then
HReconnect returns False saying which, and forgets them, since nothing of them is left on
the server (*decided*, INFERRED: the page does not say what a later HReconnect does; the
program has been told, and the next HReconnect opens the connection). docs/hfsql.md,
"A server that does not answer, a connection lost".
"""
from __future__ import annotations

__all__ = ["lost", "check_connection", "reconnect"]

from typing import Any

from ..errors import WLRuntimeError
from .errors import CONNECTION, LOST, HFError


def lost(db: Any) -> bool:
    """Was `db`'s connection opened, and then lost?"""
    backend = db._backend
    return backend is not None and not backend.alive()


def check_connection(db: Any) -> None:
    """An H* failure saying the connection was lost, if it was."""
    if lost(db):
        raise HFError(CONNECTION, LOST + ".")


def reconnect(db: Any) -> None:
    """Open `db`'s connection again if it was lost (nothing otherwise); HFError when it
    cannot be: a transaction or locks went with it (then forgotten), or the server
    cannot be reached."""
    if not lost(db):
        return
    gone = []
    if db.in_transaction:
        db.forget_transaction()
        gone.append("a transaction was in progress (the server cancelled it: nothing it "
                    "wrote was kept)")
    locks = db._locks
    if locks is not None and (locks.held or locks.no_modif):
        locks.held.clear()
        locks.no_modif.clear()
        gone.append("locks were held (the server released them)")
    if gone:
        raise HFError(CONNECTION, f"{LOST} and not made again: {' and '.join(gone)}; "
                                  "HReconnect opens it now.")
    backend, db._backend, db._locks = db._backend, None, None
    try:
        backend.close()  # (the pool drops a broken connection)
    except Exception:  # noqa: BLE001 - it is gone either way
        pass
    try:
        db.backend  # noqa: B018  opened again (its schema and read-only setting too)
    except WLRuntimeError as exc:
        raise HFError(CONNECTION, f"the connection cannot be opened again: {exc.message}") \
            from None
