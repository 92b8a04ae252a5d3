"""A family's per-run state (mail sessions, reading sessions, SQL connections, the HFSQL
database) is made once per run even when two threads ask for it first at the same moment:
a second one would take the sessions the first thread opened out of the script's reach."""
from __future__ import annotations

import threading
import time
from typing import Any, Callable

import pytest

from wlinterp.hfsql import database, sqlcalls
from wlinterp.mail import read_state, sessions
from wlinterp.runtime.state import Runtime


def _slowly(cls: type) -> type:
    """`cls` taking a while to make, so that two first uses overlap."""
    class Slow(cls):  # type: ignore[misc,valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            time.sleep(0.2)
            super().__init__(*args, **kwargs)
    return Slow


CASES = [(read_state, "ReadState", read_state.reading_state),
         (sqlcalls, "SQLState", sqlcalls.sql_state),
         (sessions, "MailState", sessions.state_of),
         (database, "Database", database.session)]


@pytest.mark.parametrize("module, name, get", CASES, ids=[c[1] for c in CASES])
def test_two_first_uses_at_once_share_one_state(monkeypatch, module: Any, name: str,
                                               get: Callable[[Runtime], Any]) -> None:
    monkeypatch.setattr(module, name, _slowly(getattr(module, name)))
    rt, got = Runtime(), []
    threads = [threading.Thread(target=lambda: got.append(get(rt))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert len(got) == 2 and got[0] is got[1]
    # one end-of-run hook, for the one state (and, for the e-mail states, the run's one
    # Farewells, wlinterp/goodbyes.py, whose hook says their goodbyes after theirs)
    assert len(rt._at_exit) == (2 if module in (read_state, sessions) else 1)
    rt.finish()


def test_a_failed_making_stores_nothing() -> None:
    rt = Runtime()

    def fail() -> dict[str, int]:
        raise ValueError("no")
    with pytest.raises(ValueError):
        rt.per_run("k", fail, lambda value: None)
    assert "k" not in rt.state and rt._at_exit == []
    assert rt.per_run("k", dict) == {}
