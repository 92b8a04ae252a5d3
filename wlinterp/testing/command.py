"""`wl test [PATHS] [-k EXPR] [-x] [-q|-v] [-n N] [--timeout S] [--junitxml FILE] [--update]`.

Exit codes: commands/exits.py, TEST_EXIT_CODES (pytest's values for failed / no tests).
"""
from __future__ import annotations

__all__ = ["main", "build_parser", "run_cases"]

import argparse
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Iterator, Sequence

from ..errors import format_error
from ..project.determinism import add_determinism_arguments, options_from_args
from ..commands.resources import timeout_seconds
from ..commands.run_options import add_data_options, add_limit_options, limit_options
from ..commands.limits import is_sigterm, sigterm_stops
from ..commands.exits import (EXIT_INTERRUPTED, EXIT_NO_TESTS, EXIT_OK, EXIT_SYNTAX,
                              EXIT_TERMINATED, EXIT_USAGE,
                              EXIT_TESTS_FAILED as EXIT_FAILED, wl_test_exit_codes_text)
from .collect import TestCase, UsageError, collect_file, find_test_files, keyword_matcher
from .engine import CaseResult, EngineOptions, TestEngine
from .golden import update_refused
from .report import Reporter, write_junit
from .spool import Spools, write_result

DEFAULT_SEED = 0  # Random is reproducible under the runner unless --seed says otherwise
DEFAULT_TZ = "UTC"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="wl test", description="Run WLanguage tests: test_*.wl files and test_*.wdg "
        "procedure sets\n(each PROCEDURE test_* is a case), with // expect: comments and "
        "dbgCheck* checks.",
        epilog=wl_test_exit_codes_text(), formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default .)")
    p.add_argument("-k", dest="keyword", metavar="EXPR",
                   help="only cases whose id matches EXPR (words, and/or/not)")
    p.add_argument("-x", "--exitfirst", action="store_true", help="stop at the first failure")
    p.add_argument("-q", "--quiet", action="count", default=0, help="less output")
    p.add_argument("-v", "--verbose", action="count", default=0, help="one line per case")
    p.add_argument("-n", dest="workers", default="1", metavar="N",
                   help="run in N processes ('auto': one per CPU)")
    p.add_argument("--junitxml", metavar="FILE", help="write a JUnit XML report")
    p.add_argument("--update", action="store_true",
                   help="write golden files (.out, .mail/) from this run; refused when CI is set")
    p.add_argument("--timeout", type=timeout_seconds, metavar="SECONDS",
                   help="fail a case that runs longer than SECONDS (naming the line it was "
                        "running) and go on with the next")
    add_data_options(p)  # --db, --analysis: as for `wl run`
    add_limit_options(p)  # --max-depth, --max-string, --max-array: as for `wl run`
    add_determinism_arguments(p)
    return p


def _workers(text: str) -> int:
    if text == "auto":
        return os.cpu_count() or 1
    if not text.isdigit() or int(text) < 1:
        raise UsageError(f"-n: expected a number of processes or 'auto', not {text!r}")
    return int(text)


# -- running, in this process or in workers --------------------------------------
_ENGINE: TestEngine | None = None


def _engine(options: EngineOptions) -> TestEngine:
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = TestEngine(options)
    return _ENGINE


def _run_group(cases: list[TestCase], options: EngineOptions, stop_first: bool,
               spool: str) -> None:
    """Run the cases of one file in a worker (the engine lives as long as the worker),
    each result appended to `spool` as soon as it ran (spool.py)."""
    with open(spool, "ab") as out:
        for result in _each_result(cases, _engine(options), stop_first):
            write_result(out, result)


def _each_result(cases: list[TestCase], engine: TestEngine, stop_first: bool
                 ) -> Iterator[CaseResult]:
    """Each case's result as soon as it has run (a Ctrl-C reports those before it)."""
    for case in cases:
        result = engine.run_case(case)
        yield result
        if stop_first and result.outcome != "passed":
            return


def run_cases(cases: list[TestCase], options: EngineOptions, workers: int, stop_first: bool,
              report: Reporter, results: list[CaseResult] | None = None) -> list[CaseResult]:
    """Run every case (grouped by file so a file compiles once per process); each result
    is added to `results` as it comes, so that a Ctrl-C still has the ones that ran."""
    groups: dict[str, list[TestCase]] = {}
    for case in cases:
        groups.setdefault(case.file, []).append(case)
    results = [] if results is None else results
    if workers <= 1 or len(groups) <= 1:
        engine = TestEngine(options)
        try:
            for group in groups.values():
                for r in _each_result(group, engine, stop_first):
                    results.append(r)
                    report.case(r)
                if stop_first and any(r.outcome != "passed" for r in results):
                    break
        finally:
            engine.close()
        return results
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    spools = Spools()
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                                 initializer=_watch_parent, initargs=(os.getpid(),)) as pool:
            try:
                _run_pool(pool, groups, options, stop_first, report, results, spools)
            except KeyboardInterrupt:  # the `with` would wait for a worker looping for ever
                for process in list((getattr(pool, "_processes", None) or {}).values()):
                    process.kill()  # (no public way before 3.14); a case may loop for ever
                manager = getattr(pool, "_executor_manager_thread", None)
                pool.shutdown(wait=False, cancel_futures=True)
                if manager is not None:  # its end closes the pool's wake-up pipe; at
                    manager.join(5)  # exit, Python writes to that pipe: racing it
                    # printed "OSError: Bad file descriptor" after the report (CI, 6 Dec)
                for r in spools.take_all():  # the cases that ran before the stop
                    results.append(r)
                    report.case(r)
                raise
    finally:
        spools.close()
    order = {c.id: k for k, c in enumerate(cases)}
    results.sort(key=lambda r: order.get(r.id, 0))
    return results


def _watch_parent(parent: int) -> None:
    """In a worker: end it when the run that started it is gone. A run killed with
    SIGKILL cannot stop its workers, and one inside a case looping for ever went on for
    ever, alone (seen with `timeout -s KILL`)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(EXIT_TERMINATED)
    threading.Thread(target=watch, name="wl-test-parent", daemon=True).start()


def _run_pool(pool: ProcessPoolExecutor, groups: dict[str, list[TestCase]],
              options: EngineOptions, stop_first: bool, report: Reporter,
              results: list[CaseResult], spools: Spools) -> None:
    """Each file's cases in a worker; each result reported as it comes (read from the
    file's spool a few times a second while the workers run)."""
    futures: dict[Future[None], int] = {
        pool.submit(_run_group, g, options, stop_first, spools.path(k)): k
        for k, g in enumerate(groups.values())}
    pending = set(futures)
    while pending:
        done, pending = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
        for fut in done:
            fut.result()  # (a worker's own failure is raised here)
        for fut in (*done, *pending):
            for r in spools.take(futures[fut]):
                results.append(r)
                report.case(r)
        if stop_first and any(r.outcome != "passed" for r in results):
            for fut in pending:
                fut.cancel()
            break


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `wl test`; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    verbosity = args.verbose - args.quiet
    try:
        if args.update and update_refused():
            raise UsageError(update_refused())
        workers = _workers(args.workers)
        matcher = keyword_matcher(args.keyword)
        run_options = options_from_args(args, DEFAULT_SEED, DEFAULT_TZ)
        run_options.update(db=args.db, analysis=args.analysis, **limit_options(args))
        files = find_test_files(args.paths)
    except (UsageError, ValueError) as exc:
        print(f"wl test: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    started = time.perf_counter()
    report = Reporter(verbosity)
    compile_errors: list[str] = []
    cases: list[TestCase] = []
    for path in files:
        tf = collect_file(path)
        if tf.error is not None:
            compile_errors.append(format_error(tf.error))
            report.compile_error(compile_errors[-1])
            continue
        cases.extend(c for c in tf.cases if matcher(c.keywords))
    options = EngineOptions(run_options, update_golden=args.update, timeout=args.timeout)
    results: list[CaseResult] = []
    restore = sigterm_stops()
    try:
        run_cases(cases, options, workers, args.exitfirst, report, results)
    except KeyboardInterrupt as stop:
        return _stopped(stop, cases, results, compile_errors, workers, report, started,
                        args.junitxml)
    finally:
        restore()
    compile_errors += list(dict.fromkeys(p for r in results if r.compile_error
                                         for p in r.problems))
    report.finish(results, len(compile_errors), time.perf_counter() - started)
    if args.junitxml:
        write_junit(args.junitxml, results, compile_errors, time.perf_counter() - started)
    if compile_errors:
        return EXIT_SYNTAX
    if any(r.outcome != "passed" for r in results):
        return EXIT_FAILED
    return EXIT_OK if results else EXIT_NO_TESTS


def _stopped(stop: KeyboardInterrupt, cases: list[TestCase], results: list[CaseResult],
             compile_errors: list[str], workers: int, report: Reporter, started: float,
             junitxml: str | None) -> int:
    """Ctrl-C or SIGTERM (a CI job's timeout) among the cases: the report of those that
    ran, as pytest gives it, the case that was running, and the JUnit file of them; exit
    130 or 143. (It said "wl: interrupted" alone, or nothing at all on SIGTERM.)"""
    _timers_stopped()
    seconds = time.perf_counter() - started
    report.finish(results, len(compile_errors), seconds, not_run=len(cases) - len(results))
    done = {r.id for r in results}
    running = next((c.id for c in cases if c.id not in done), None) if workers == 1 else None
    how = "terminated (SIGTERM)" if is_sigterm(stop) else "interrupted (Ctrl-C)"
    print(f"wl test: {how}" + (f" while {running} ran" if running else ""), file=sys.stderr)
    if junitxml:
        write_junit(junitxml, results, compile_errors, seconds)
    return EXIT_TERMINATED if is_sigterm(stop) else EXIT_INTERRUPTED


def _timers_stopped() -> None:
    """The size watch's and --timeout's interval timers stopped, their signals ignored:
    a stop landing while a case armed them left one running, and the process died of
    SIGPROF after its report (exit -27 instead of 143, about one run in ten)."""
    if not hasattr(signal, "setitimer"):
        return
    from ..runtime.interval_timers import stop_interval_timer
    for which, signum in ((signal.ITIMER_PROF, signal.SIGPROF),
                          (signal.ITIMER_REAL, signal.SIGALRM)):
        stop_interval_timer(which, signum, None)  # (None: left ignored; the run is over)
