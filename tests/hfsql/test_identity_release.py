"""PostgreSQL: a refused HAdd gives its automatic identifier back (the identity sequence
steps back) only when the refused insert drew one; an insert refused before the server
drew a value (here a value it cannot read as a number, refused at binding) must not step
the sequence back over the last record added, which made the next HAdd a duplicate.
wlinterp/hfsql/database.py `release_id`; docs/hfsql.md, "Errors"."""
from __future__ import annotations

import itertools
import os
from typing import Any

import pytest

from test_locks import holder
from wlinterp.hfsql.errors import HFError


def _refused(ctx: Any, name: str) -> bool:
    """HAdd of a customer whose Balance goes as text the server refuses: True when the
    add failed with an HFSQL error (an identifier back would be an add that went in)."""
    try:
        _add(ctx, name, refused_text=True, raising=True)
    except HFError:
        return True
    return False


def _add(ctx: Any, name: str, refused_text: bool = False, raising: bool = False) -> Any:
    """HAdd of a customer; `refused_text`: Balance sent as text the server refuses;
    the identifier given, or the error's code (raised when `raising`)."""
    ctx.wl_set("name", name)
    ctx.wl_set("email", f"{name}@x")
    stored = ctx.stored
    if refused_text:
        def bad(idx: Any = None) -> list[Any]:
            values = stored(idx)
            values[[ctx.desc.items[i].name for i in idx].index("Balance")] = "not a number"
            return values
        ctx.stored = bad
    try:
        ctx.add()
        return ctx.wl_get("customerid")
    except HFError as exc:
        if raising:
            raise
        return exc.code
    finally:
        ctx.stored = stored


_numbers = itertools.count(1)


@pytest.fixture
def customers(pg_server: Any) -> Any:
    """A new database per test, named by the worker's process id and a counter, dropped
    after the test. (Named by `id(object())` before: an address freed by one test was
    given again to the next, whose CREATE DATABASE then met the kept database.)"""
    name = f"release_{os.getpid()}_{next(_numbers)}"
    db = holder(pg_server.new_database(name))
    ctx = db.context("Customer")
    db.touch(ctx)
    yield db, ctx
    db.close()
    pg_server.drop_database(name)


def test_a_refusal_before_drawing_keeps_the_sequence(customers: Any) -> None:
    db, ctx = customers
    assert [_add(ctx, "a"), _add(ctx, "b")] == [1, 2]
    assert _refused(ctx, "c")  # an error code
    assert _add(ctx, "d") == 3  # was a duplicate of 2 (the sequence stepped back to 1)
    assert _refused(ctx, "e")
    assert _refused(ctx, "e2")
    assert _add(ctx, "f") == 4


def test_a_refusal_after_drawing_gives_the_value_back(customers: Any) -> None:
    db, ctx = customers
    assert _add(ctx, "a") == 1
    ctx.wl_set("name", "dup")
    ctx.wl_set("email", "a@x")  # a unique key: refused once the row is made (2 drawn)
    with pytest.raises(HFError):
        ctx.add()
    assert _add(ctx, "b") == 2
    assert _refused(ctx, "c")  # after a given-back value
    assert _add(ctx, "d") == 3


def test_never_steps_back_over_another_program_or_a_deleted_record(customers: Any,
                                                                   pg_server: Any) -> None:
    db, ctx = customers
    assert _add(ctx, "a") == 1
    other = holder(db.url)
    octx = other.context("Customer")
    other.touch(octx)
    assert _add(octx, "theirs") == 2
    assert _refused(ctx, "c")
    assert _add(ctx, "d") == 3
    assert _add(octx, "theirs2") == 4
    other.close()
    db.backend.execute('DELETE FROM customer WHERE customerid = 4')  # theirs2 gone
    assert _refused(ctx, "e")
    assert _add(ctx, "f") == 5  # 4 is not given again
