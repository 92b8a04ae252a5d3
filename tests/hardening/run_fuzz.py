"""Run the input-fuzzing properties of tests/hardening for as long as you like.

    .venv/bin/python tests/hardening/run_fuzz.py --minutes 60
    .venv/bin/python tests/hardening/run_fuzz.py --minutes 30 --only commands

CI runs the same properties a few hundred times with fixed draws (test_fuzz_inputs.py,
test_fuzz_commands.py); this runs them round after round until the time is up, with
fresh random draws each round, then prints how many cases were tried per generator and
every failure found (the input, shrunk by Hypothesis, and the error); each generator's
count is printed after its turn too, and `--minutes` ends a turn in its middle (a round
of 13 generators took longer than 40 minutes on a loaded machine), and a case still
running 5% of the run later (5 to 30 s) is cut (class Deadline): the run ends on time,
the cut case counted neither as tried nor as failed. Exit status 1 if
anything failed. Groups of generators: `compiler` (programs drawn from the grammar,
near misses, arbitrary bytes and text, into the compiler and the checker) and `commands`
(mutated sample files and hostile sources through `wl run`, `wl check` and `wl test`, in
a scratch folder the run removes), and `kinds` (wl_hostile_kinds.py: deep mixed
expressions, huge literals, WINDEV text files left open, hostile `wl test` files), and
`repl` (wl_repl_sessions.py: samples typed into a REPL session whose 1-100 ms limit
rings at random points, then `.load`, then a check that the session still answers and
left no timer armed).
With `--corpus DIR` (a real-code corpus kept outside the repository, such as
/tmp/wlcorpus: tests/realcode/README.md), a fourth group, `corpus`: its files mutated
through `wl check`, and those that may run through `wl run` and `wl test`.

    .venv/bin/python tests/hardening/run_fuzz.py --minutes 20 --corpus /tmp/wlcorpus --only corpus

Each round takes the generators in an order shuffled from `--seed` (default: a fresh seed,
printed at the start), and each turn's draws come from the same seed: a short run, or one
stopped early, no longer always spends its time on the first generator, and `--seed N`
repeats a run's order and draws (up to where `--minutes` cut a turn).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sys
import tempfile
import threading
import time
import _thread
from pathlib import Path
from typing import Any, Callable, Iterator

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from wl_hostile_kinds import (hostile_tests, huge_literals, nested_expressions,  # noqa: E402
                              wdg_texts)
from wl_mutations import commands_on, hostile, mutants  # noqa: E402
from wl_repl_sessions import repl_sessions, stressed_session  # noqa: E402
from wl_strategies import check_source, fragments, programs  # noqa: E402


def _text(mutant: tuple[str, str]) -> bytes:
    return mutant[1].encode("utf-8", "surrogatepass")


# name -> (group, strategy factory, property)
GENERATORS: dict[str, tuple[str, Callable[[], Any], Callable[[Any], None]]] = {
    "grammar programs": ("compiler", programs, check_source),
    "near misses": ("compiler", fragments, check_source),
    "arbitrary bytes": ("compiler", lambda: st.binary(max_size=2000), check_source),
    "arbitrary text": ("compiler", lambda: st.text(max_size=2000), check_source),
    "mutated files": ("commands", mutants, lambda m: commands_on(
        Path.cwd() / m[0], _text(m), ("check",))),
    "mutated programs": ("commands", lambda: mutants(run_only=True), lambda m: commands_on(
        Path.cwd() / m[0], _text(m), ("run", "test"))),
    "hostile sources": ("commands", hostile, lambda data: commands_on(
        Path.cwd() / "test_hostile.wl", data, ("run", "check", "test"))),
    "deep mixed expressions": ("kinds", nested_expressions, lambda case: commands_on(
        Path.cwd() / case[0], case[1], ("run", "check", "test"))),
    "huge literals": ("kinds", huge_literals, lambda case: commands_on(
        Path.cwd() / case[0], case[1], ("run", "check"))),
    "WINDEV files left open": ("kinds", wdg_texts, lambda case: commands_on(
        Path.cwd() / case[0], case[1], ("run", "check", "test"))),
    "hostile test files": ("kinds", hostile_tests, lambda case: commands_on(
        Path.cwd() / case[0], case[1], ("test", "check"))),
    "REPL under tiny limits": ("repl", repl_sessions, stressed_session),
}


def _add_corpus(folder: str) -> None:
    """The `corpus` group: mutants of the corpus's files, checked; of those that may run
    (wl_mutations.runnable), run and tested."""
    GENERATORS["corpus mutants"] = ("corpus", lambda: mutants(corpus=folder), lambda m: commands_on(
        Path.cwd() / m[0], _text(m), ("check",)))
    GENERATORS["corpus programs"] = ("corpus", lambda: mutants(run_only=True, corpus=folder),
                                     lambda m: commands_on(Path.cwd() / m[0],
                                                           _text(m), ("run", "test")))


class _TimeUp(BaseException):
    """Raised inside a property when the run's time is up: a BaseException, so Hypothesis
    neither counts it as a failure nor shrinks it, and the turn ends at once."""


class Deadline:
    """The end of the run, enforced: a case still running `grace` seconds after it is cut
    (SIGINT to the main thread, which also breaks a blocking call; elsewhere than POSIX,
    at the next Python instruction). A case can take minutes (a hostile `wl test` file
    whose cases each run into their 5 s limit): checking the time between cases only,
    `--minutes 8` ran 10.1 minutes. What a cut case did is no failure, and it is not
    counted. The grace lets a short case end by itself: cut inside the interpreter's
    own first imports, a process that goes on (a test calling main()) could keep a
    half-made cache."""

    def __init__(self, end: float, grace: float) -> None:
        self.end, self.grace = end, grace
        self.up = False
        self.done = threading.Event()
        self.landed = threading.Event()  # the stop reached code that acts on it
        self.lock = threading.Lock()
        self.main = threading.current_thread() is threading.main_thread()  # (signals)
        self.saved: tuple[Any, Any] | None = None

    def __enter__(self) -> "Deadline":
        if self.main:  # Python's own handler: KeyboardInterrupt (a runner may ignore it)
            self.saved = (signal.signal(signal.SIGINT, signal.default_int_handler),
                          sys.unraisablehook)
            sys.unraisablehook = self._unraisable
            threading.Thread(target=self._stop, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.done.set()
        try:
            if self.up:  # a stop sent is delivered here, inside the `with`, not after it
                time.sleep(0.2)
        finally:
            if self.saved is not None:
                signal.signal(signal.SIGINT, self.saved[0])
                sys.unraisablehook = self.saved[1]

    def _stop(self) -> None:
        """At the end plus the grace, SIGINT to the main thread, again every half second
        until the `with` ends: one landing where Python drops exceptions (a garbage
        collector callback of Hypothesis's) is lost."""
        wait = self.end + self.grace - time.monotonic()
        while not self.done.wait(max(wait, 0.0)) and not self.landed.is_set():
            with self.lock:
                if self.done.is_set():
                    return
                self.up = True
                if hasattr(signal, "pthread_kill"):
                    signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)
                else:
                    _thread.interrupt_main()
            wait = 0.5

    def _unraisable(self, unraisable: Any) -> None:
        """The stop, where Python drops it, is no error to print (it is sent again)."""
        if not (self.up and isinstance(unraisable.exc_value, KeyboardInterrupt)):
            assert self.saved is not None
            self.saved[1](unraisable)

    def passed(self) -> bool:
        """Has the run's time run out (no case starts any more)?"""
        return self.up or time.monotonic() >= self.end


def schedule(names: list[str], run_seed: int) -> Iterator[list[tuple[str, int]]]:
    """The rounds, without end: each the generators in an order shuffled from `run_seed`,
    each with the seed of its turn's draws. The same seed gives the same rounds."""
    rng = random.Random(run_seed)
    while True:
        order = list(names)
        rng.shuffle(order)
        yield [(name, rng.getrandbits(64)) for name in order]


def _round(name: str, examples: int, deadline: Deadline, tried: dict[str, int],
           failures: list[str], draws: int) -> None:
    """One Hypothesis run of one generator, ended in its middle when the time is up (a
    case running then is cut and not counted); counts cases, records a failure (shrunk),
    and prints the generator's count so far."""
    _, strategy, check = GENERATORS[name]
    found: list[str] = []  # the first failure as it came: kept if its shrinking is cut
    started = tried[name]

    @seed(draws)
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy())
    def prop(value: Any) -> None:
        if tried[name] > started and deadline.passed():  # (a turn has one case at least)
            raise _TimeUp
        tried[name] += 1
        try:
            check(value)
        except BaseException as exc:
            if deadline.up:  # cut by the end of the run: no case, no failure
                deadline.landed.set()
                tried[name] -= 1
                raise _TimeUp from None
            if not found and isinstance(exc, Exception):
                found.append(f"[{name}] {type(exc).__name__}: {exc} (not shrunk: the time "
                             f"ran out; the input: {value!r:.2000})")
            raise

    try:
        prop()
    except _TimeUp:
        _failed(found[:1], failures)  # found, then the time ran out while shrinking it
    except KeyboardInterrupt:
        if not deadline.up:
            raise  # Ctrl-C: the whole run stops
        deadline.landed.set()
        _failed(found[:1], failures)
    except Exception as exc:  # the property failed: keep the report, go on fuzzing
        _failed([f"[{name}] {type(exc).__name__}: {exc}"], failures)
    print(f"  {name:24} {tried[name]} cases", flush=True)


def _failed(found: list[str], failures: list[str]) -> None:
    """Record and print a failure (at once too: a run stopped from outside keeps what it
    found)."""
    for failure in found:
        failures.append(failure)
        print("failure " + failure.replace("\n", "\n    "), flush=True)


def _rounds(chosen: list[str], run_seed: int, examples: int, deadline: Deadline,
            tried: dict[str, int], failures: list[str]) -> None:
    """Round after round of the generators' turns, until the deadline; the first round
    whole (each turn one case at least), however short the run: on a loaded machine the
    time of a tiny run (--minutes 0.001) could pass before the first turn, and the run
    tried nothing."""
    rounds = 0
    for turns in schedule(chosen, run_seed):
        if rounds and deadline.passed():
            return
        for name, draws in turns:
            if rounds and deadline.passed():
                break
            _round(name, examples, deadline, tried, failures, draws)
        rounds += 1
        print(f"round {rounds}: {sum(tried.values())} cases, {len(failures)} failure(s), "
              f"{max(deadline.end - time.monotonic(), 0) / 60:.1f} min left", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0, help="how long to fuzz (default 60)")
    parser.add_argument("--round", type=int, default=100,
                        help="examples per generator and round (default 100: small enough that "
                             "every generator gets its turn within minutes, even on a loaded "
                             "machine where 500 grammar programs took 10 minutes)")
    parser.add_argument("--only", choices=["compiler", "commands", "kinds", "repl", "corpus"],
                        help="one group of generators (default: all)")
    parser.add_argument("--corpus", metavar="DIR",
                        help="a real-code corpus folder: its files' mutants too (group corpus)")
    parser.add_argument("--seed", type=int,
                        help="the seed of the generators' order and of the draws (default: a "
                             "fresh one, printed): the same seed repeats a run")
    args = parser.parse_args(argv)
    run_seed = random.randrange(2 ** 32) if args.seed is None else args.seed
    print(f"seed {run_seed} (--seed {run_seed} repeats this run)", flush=True)
    if args.corpus:
        _add_corpus(os.path.abspath(args.corpus))
    chosen = [name for name, (group, _, _) in GENERATORS.items() if args.only in (None, group)]
    start = time.monotonic()
    end = start + args.minutes * 60
    tried = {name: 0 for name in chosen}
    failures: list[str] = []
    scratch, before = tempfile.mkdtemp(prefix="wl-fuzz-"), os.getcwd()
    os.chdir(scratch)  # what the commands' mutants write stays there
    deadline = Deadline(end, grace=min(max(args.minutes * 3, 5.0), 30.0))  # 5% of the run
    try:
        with deadline:
            _rounds(chosen, run_seed, args.round, deadline, tried, failures)
    except KeyboardInterrupt:
        if not deadline.up:
            raise  # Ctrl-C
    finally:
        os.chdir(before)
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"\n{sum(tried.values())} cases tried in {(time.monotonic() - start) / 60:.1f} min "
          f"(--minutes {args.minutes:g}):")
    for name, count in tried.items():
        print(f"  {name:24} {count}")
    print(f"{len(failures)} failure(s) found" + (":" if failures else ".")
          + f" (--seed {run_seed})")
    for failure in failures:
        print("  " + failure.replace("\n", "\n    "))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
