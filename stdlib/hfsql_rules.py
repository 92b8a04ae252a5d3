"""The rules the database enforces, switched from code: HSetIntegrity/HGèreIntégrité,
HSetDuplicates/HGèreDoublon and HTransactionIsolation.

HSetIntegrity and HSetDuplicates are VERIFIED against their help pages (?3044058 and
?1000024985, docs/hfsql.md "Rules switched from code"). Integrity is honoured: SQLite and
PostgreSQL switch foreign keys per connection. Duplicates cannot be: a unique index holds
for every connection, and the page says the function is not available on native
connectors either, so turning the check off fails visibly instead of being ignored.
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.context import FileContext
from wlinterp.hfsql.database import Database
from wlinterp.hfsql.errors import DATABASE, TRANSACTION, HFError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import db_of, file_arg, h_function, name_arg
from .hfsql_connection import is_connection, open_connection

family = Family("HFSQL rules")

# bit flags, HFConstant.h's eHRULE (HCARDINALITY, HONUPDATE, HONDELETE): the names are in
# HSetIntegrity's page
H_CARDINALITY = family.constant("hCardinality", "hCardinalité", 1)
H_ON_UPDATE = family.constant("hOnUpdate", "hEnModification", 2)
H_ON_DELETE = family.constant("hOnDelete", "hEnSuppression", 4)
# HFConstant.h's eHRULE also has HALLRULES (8, "every rule"): the rules HSetIntegrity
# switches when none is given (WINDEV Mobile's runtime passes 8 then); no WLanguage name
# for it was found, so only its value is accepted
_EVERY_RULE = 8
_ALL_RULES = H_CARDINALITY | H_ON_UPDATE | H_ON_DELETE | _EVERY_RULE

# HTransactionIsolation's levels (names and values unverified): SQL's four levels
_LEVELS = {
    family.constant("hReadUncommitted", "hLectureNonValidée", 1): "READ UNCOMMITTED",
    family.constant("hReadCommitted", "hLectureValidée", 2): "READ COMMITTED",
    family.constant("hRepeatableRead", "hLectureRépétable", 3): "REPEATABLE READ",
    family.constant("hSerializable", "hSérialisable", 4): "SERIALIZABLE",
}


def _switched(rt: Runtime, db: Database) -> dict[str, Any]:
    """What this run switched on a database (integrity, isolation)."""
    table: dict[int, dict[str, Any]] = rt.state.setdefault("hfsql_rules", {})
    return table.setdefault(id(db), {"integrity": True, "isolation": ""})


def require_integrity(rt: Runtime, ctx: FileContext, what: str) -> None:
    """hCheckIntegrity given to HAdd/HModify: the links are checked even when
    HSetIntegrity switched them off, which the database cannot do for one write (its
    switch holds for the whole connection): refused in words rather than unchecked."""
    if not _switched(rt, ctx.db)["integrity"]:
        raise HFError(DATABASE, f"{what}: hCheckIntegrity cannot check the links while "
                                f"HSetIntegrity has switched them off: the database checks "
                                f"them for the whole connection or not at all; switch them "
                                f"on again first.", ctx.name)


def _link_known(db: Database, name: str) -> bool:
    """A link is named after the files it joins (the page's `CustomerOrder`)."""
    key = fold(name)
    for link in db.analysis.links:
        parent, child = fold(link.parent_file), fold(link.child_file)
        if key in (parent + child, child + parent):
            return True
    return False


def _set_foreign_keys(db: Database, on: bool) -> None:
    backend = db.backend
    if backend.dialect == "sqlite":
        if db.in_transaction:  # SQLite ignores the switch inside a transaction
            raise HFError(TRANSACTION, "HSetIntegrity: SQLite cannot switch the integrity "
                                       "check inside a transaction (call it before "
                                       "HTransactionStart).")
        backend.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
        return
    value = "DEFAULT" if on else "replica"  # replica: foreign-key triggers do not fire
    try:
        if backend.in_tx:
            backend.execute("SAVEPOINT wl_rules")
        backend.execute(f"SET session_replication_role = {value}")
        if backend.in_tx:
            backend.execute("RELEASE SAVEPOINT wl_rules")
    except backend.errors() as exc:
        if backend.in_tx:
            backend.execute("ROLLBACK TO SAVEPOINT wl_rules")
        raise HFError(DATABASE, f"HSetIntegrity: the database refused to switch the "
                                f"integrity check ({str(exc).strip()}).") from None


@h_function(family, "HSetIntegrity", "HGèreIntégrité")
def h_set_integrity(rt: Runtime, *args: Any) -> bool:
    """`HSetIntegrity([link] [, file] [, constraints], mode)`, or with connections first:
    switch the links' integrity check; returns the former mode. The database switches it
    for all its links at once (docs/hfsql.md)."""
    if not args:
        raise HFError(DATABASE, "HSetIntegrity: the management mode (True/False) is missing.")
    *rest, mode = args
    db = db_of(rt)
    names: list[str] = []
    for arg in rest:
        if is_connection(rt, arg):
            db = open_connection(rt, arg, "HSetIntegrity")
        elif isinstance(arg, (int, float)) and not isinstance(arg, bool):
            if int(arg) & ~_ALL_RULES or not int(arg):
                raise HFError(DATABASE, f"HSetIntegrity: {arg} is not a combination of "
                                        f"hCardinality, hOnUpdate and hOnDelete (or 8, "
                                        f"every rule).")
        elif not isinstance(arg, FileContext):  # a data file given by itself is known
            names.append(V.to_str(arg))
    for name in names:
        if name.strip() != "*" and not _link_known(db, name) and db.context(name) is None:
            raise HFError(DATABASE, f"HSetIntegrity: '{name}' is neither a link nor a data "
                                    f"file of the analysis.")
    state = _switched(rt, db)
    former, wanted = state["integrity"], V.to_bool(mode)
    if wanted != former:
        _set_foreign_keys(db, wanted)
        state["integrity"] = wanted
    return bool(former)


@h_function(family, "HSetDuplicates", "HGèreDoublon")
def h_set_duplicates(rt: Runtime, *args: Any) -> bool:
    """`HSetDuplicates([file [, key]], mode)`: the former mode (True: checked). Turning
    the check on (it always is) succeeds; turning it off fails: the database's unique
    index holds for every connection (documented as not available on native connectors)."""
    if not args:
        raise HFError(DATABASE, "HSetDuplicates: the management mode (True/False) is missing.")
    *rest, mode = args
    if len(rest) > 2:
        raise HFError(DATABASE, "HSetDuplicates: at most a data file and a key before the mode.")
    unique = True
    if rest and not (isinstance(rest[0], str) and rest[0].strip() == "*"):
        ctx = file_arg(rt, rest[0], "HSetDuplicates")
        key_name = name_arg(rest[1]).strip() if len(rest) == 2 else "*"
        if key_name != "*":
            key = ctx.desc.key(key_name)
            if key is None:
                raise HFError(DATABASE, f"HSetDuplicates: '{key_name}' is not a key of "
                                        f"{ctx.name}.", ctx.name)
            unique = key.unique
    if not unique:  # documented: False for a key with duplicates
        return False
    if not V.to_bool(mode):
        raise HFError(DATABASE, "HSetDuplicates: the check of unique keys cannot be turned "
                                "off: the database enforces it for every connection (as on "
                                "WINDEV's native connectors).")
    return True


@h_function(family, "HTransactionIsolation", "HTransactionIsolation")
def h_transaction_isolation(rt: Runtime, connection: Any, level: Any = None) -> bool:
    """`HTransactionIsolation([connection,] level)`: the isolation of the next
    transactions. PostgreSQL applies it; SQLite's transactions are always serializable
    (one writer at a time), which every level's guarantee includes."""
    if level is None:
        connection, level = None, connection
    db = db_of(rt) if connection in (None, "") else open_connection(
        rt, connection, "HTransactionIsolation")
    sql_level = _LEVELS.get(V.to_int(level))
    if sql_level is None:
        raise HFError(DATABASE, f"HTransactionIsolation: {V.to_str(level)} is not an "
                                f"isolation level (hReadUncommitted, hReadCommitted, "
                                f"hRepeatableRead, hSerializable).")
    backend = db.backend
    if backend.dialect == "postgresql":
        backend.execute(f"SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL "
                        f"{sql_level}")
    _switched(rt, db)["isolation"] = sql_level
    return True
