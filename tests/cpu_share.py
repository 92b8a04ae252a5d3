"""How much slower than on a quiet machine work runs now (docs/testing.md, "Time bounds
under load").

Tests that bound a run's wall time mean to bound its waits (a timeout that fires, no
hang); the run's computing, though, stretches with the machine's load: at a load average
of 15-20 on two cores a process gets an eighth of a CPU, and a bound met in 2 s on a
quiet machine needs 15. `slowdown()` measures that stretch now, with a fixed CPU-bound
loop (wall time over the CPU time it took: 1 on a quiet machine), so that a test can
scale the part of its bound that is computing, or discount the CPU time a run used, and
keep its bound on waiting as strict as before.
"""
from __future__ import annotations

__all__ = ["slowdown", "waited"]

import time


def slowdown(sample: float = 0.02) -> float:
    """Wall time over CPU time of a loop that computes for `sample` CPU-seconds: how many
    times longer computing takes now than on an idle machine (at least 1)."""
    wall, cpu = time.perf_counter(), time.thread_time()
    spins = 0
    while time.thread_time() - cpu < sample:
        spins += 1
    return max(1.0, (time.perf_counter() - wall) / max(time.thread_time() - cpu, 1e-9))


class waited:
    """`with waited() as w: run()` then `w.seconds`: the run's wall time less the time
    its CPU work took at the load measured before and after it (its waits, about as a
    quiet machine would see them); `w.wall`, `w.cpu`, `w.factor` for messages."""

    def __enter__(self) -> "waited":
        self.factor = slowdown()
        self._wall, self._cpu = time.monotonic(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.monotonic() - self._wall
        self.cpu = time.process_time() - self._cpu
        self.factor = max(self.factor, slowdown())
        self.seconds = max(0.0, self.wall - self.cpu * self.factor)
