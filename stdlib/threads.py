"""Threads family: the parts that mean something in wlinterp's single thread of code.

`CriticalSection` / `SectionCritique` variables, used by `USING cs IN ... END` /
`UTILISER cs DANS ... FIN` (wlinterp/runtime/threads.py). Thread, mutex and semaphore
functions stay in the catalog of functions wlinterp does not run (windev_catalog.py).
"""
from __future__ import annotations

from wlinterp.registry import Family
from wlinterp.runtime.threads import WLCriticalSection

family = Family("Threads")

family.type("CriticalSection", "SectionCritique", WLCriticalSection, "Critical Section",
            "Section Critique")
