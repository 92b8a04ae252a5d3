"""WL203's look for endless self-calls (semantics/self_calls.py) counts the free
procedures' names once: it counted each name with a list's count() inside its loop over
the procedures, quadratic in the size of a set (0.7 s for 6,000 procedures, growing with
the square). 30,000 empty procedures, as a generated set may hold, take milliseconds."""
from __future__ import annotations

import time
from types import SimpleNamespace

from wlinterp.semantics.self_calls import endless_self_calls


def test_a_set_of_thousands_of_procedures_is_looked_at_in_linear_time() -> None:
    body = SimpleNamespace(stmts=[])
    procs = [SimpleNamespace(name=f"P{i}", owner=None, internal=False, body=body)
             for i in range(30_000)]
    start = time.process_time()
    endless_self_calls(SimpleNamespace(procedures=procs), {}, None)  # type: ignore[arg-type]
    assert time.process_time() - start < 1.0
