"""The cyclic garbage collector during `wl run`'s start-up: paused, then what start-up
made frozen.

Starting the interpreter (importing its modules, loading the parser tables and the
built-in index) allocates some 30,000 objects that live until the process ends, and
frees almost nothing in cycles. Left on, the collector ran every 700 allocations and
walked the young ones again at each run and the older ones at each middle-generation
run: about forty collections, a twelfth of a one-line script's CPU time, to free a few
hundred objects. So it is off from the moment the script is about to be read until the
start-up is done; then `gc.freeze()` moves everything alive into the generation the
collector never walks, and it is back on for the script: the collections the script's
own run triggers do not walk the interpreter's modules and tables either.

In the command's own process (`wl`, `python -m wlinterp`: cli.main called without
arguments, `keep_to_exit`) they stay frozen to the end: thawed, every one of them was
walked again by the collection Python makes when it shuts down, a tenth of a one-line
run's instructions (docs/performance.md "Start-up: the start-up's objects frozen to the
exit"). `wl check` in its own process, which runs nothing of the program, freezes all
that is alive at its exit for the same reason (cli.main). Called in process (the tests call `wl`'s entry points; an application may embed
them), `restore` gives the frozen objects back to the collector after the run. A caller
that froze objects itself, or turned the collector off, keeps its choice: nothing is
frozen, nothing thawed, nothing turned on.
"""
from __future__ import annotations

__all__ = ["StartUpCollector", "START_UP"]

import gc


class StartUpCollector:
    """Pause (`pause`), freeze and resume (`settle`), undo (`restore`), each at most once
    per run whatever the path through the run command."""

    def __init__(self) -> None:
        self.paused = False  # this turned the collector off, and has not turned it on
        self.frozen = False  # this froze the start-up's objects, and has not thawed them
        self.to_exit = False  # the process ends with the command: never thawed

    def keep_to_exit(self) -> None:
        """The command's own process: what start-up froze stays frozen until it exits."""
        self.to_exit = True

    def pause(self) -> None:
        """Collector off for the start-up (if it is on)."""
        if gc.isenabled():
            gc.disable()
            self.paused = True

    def settle(self) -> None:
        """Start-up done: freeze what is alive (nothing frozen by anyone before), collector
        back on. The young-generation count starts again from zero, so the script does not
        pay for one large collection of the start-up's objects either."""
        if not self.paused:
            return
        if not gc.get_freeze_count():
            gc.freeze()
            self.frozen = True
        gc.enable()
        self.paused = False

    def restore(self) -> None:
        """After the run (or a failure before it): the collector as it was found."""
        if self.paused:
            gc.enable()
            self.paused = False
        if self.frozen and not self.to_exit:
            gc.unfreeze()
            self.frozen = False


START_UP = StartUpCollector()
