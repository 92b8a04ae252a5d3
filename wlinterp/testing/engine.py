"""The one test engine behind `wl test` and the pytest plugin.

A project is loaded (parsed) once per process; each test file is linked with it and its
conftests and compiled once; each case then runs on a fresh Runtime and namespace: the
file's main code (its fixture) runs again, then the test procedure. So a case costs no
new process and no re-parse, and no case sees another's globals.
"""
from __future__ import annotations

__all__ = ["TestEngine", "EngineOptions", "CaseResult"]

import io
import os
import re
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from ..errors import WLError, WLRuntimeError, format_error
from ..project.program import Linked, LoadedProject
from ..project.sources import find_layout, is_test_file, read_file
from ..runtime.state import Runtime
from ..syntax.names import fold
from .collect import TestCase, conftests_for
from .expectations import Expectations, compare_lines, read_expectations, within
from .hooks import run_setups, run_teardowns
from .results import check_as_written, record_of, shown_values


@dataclass
class EngineOptions:
    """What every case of a run shares: rt.options (clock, seed...), golden updates."""

    run_options: dict[str, Any] = field(default_factory=dict)
    update_golden: bool = False
    timeout: float | None = None  # seconds per case (wl test --timeout), None: no limit


@dataclass
class CaseResult:
    """The outcome of one case (plain data: it crosses process boundaries)."""

    id: str
    file: str
    name: str
    line: int
    outcome: str  # "passed" | "failed"
    problems: list[str] = field(default_factory=list)  # one text block per failure
    notes: list[str] = field(default_factory=list)
    stdout: str = ""
    duration: float = 0.0
    compile_error: bool = False  # the file or the project does not compile


class TestEngine:
    """Loads projects and test files once; runs cases on fresh state."""

    def __init__(self, options: EngineOptions | None = None) -> None:
        self.options = options or EngineOptions()
        self._projects: dict[tuple[str, str], LoadedProject] = {}
        self._linked: dict[str, tuple[Linked, str]] = {}
        self._not_compiled: dict[str, WLError] = {}
        self._mail: Any = None
        self._expects: dict[str, Expectations] = {}
        self._warned: set[str] = set()  # compile warnings printed (once for the whole run)

    # -- loading -------------------------------------------------------------
    def project_for(self, path: str) -> LoadedProject:
        """The project the test file runs in, loaded once per root. A file named as a
        test (`test_*`) is never project code; a file given by name that is not (`wl test
        checks.wl`) would be loaded as its own neighbour and declare its procedures
        twice, so its project leaves it out and is kept apart."""
        layout = find_layout(path)
        own = not is_test_file(os.path.basename(path))
        key = (layout.root, os.path.realpath(path) if own else "")
        project = self._projects.get(key)
        if project is None:
            project = self._projects[key] = LoadedProject(layout, path if own else None)
            for warning in project.warnings:  # a broken neighbour, left out (program.py)
                print(warning, file=sys.stderr)
        return project

    def linked(self, case: TestCase) -> tuple[Linked, str]:
        """The compiled program of the case's file (project + conftests + file) and the
        file's text; raises WLError if it does not compile, the same error for every case
        of the file (each case compiled the whole file again to fail again: a file of
        3,000 cases with one error took hours)."""
        hit = self._linked.get(case.file)
        if hit is not None:
            return hit
        failed = self._not_compiled.get(case.file)
        if failed is not None:
            raise failed.with_traceback(None)
        try:
            return self._link(case)
        except WLError as err:
            self._not_compiled[case.file] = err
            raise

    def _link(self, case: TestCase) -> tuple[Linked, str]:
        project = self.project_for(case.file)
        confs = [read_file(p, "conftest") for p in conftests_for(case.file)]
        test_file = read_file(case.file, "script")
        mocked = _procedure_names(confs, project)
        from ..hfsql.names import names_beside
        data_names = names_beside(case.file, self.options.run_options.get("analysis"))
        linked = project.link([*confs, test_file], mocked, data_names=data_names)
        for warning in linked.dropped:  # a neighbour whose code does not compile
            print(warning, file=sys.stderr)
        self._warn_compile_problems(linked)
        hit = self._linked[case.file] = (linked, test_file.raw)
        return hit

    def _warn_compile_problems(self, linked: Linked) -> None:
        """What `wl check` finds in the tested code is said as `wl run` and `wl check`
        say it, at file:line:col, once for the run (compile_report.py): a case may pass
        or fail for a reason WINDEV's compiler refuses, with no word of why (only WL219
        was printed). A project file's problem would come back with each test file
        linked to it: it is printed the first time only."""
        from .compile_report import compile_problems
        for shown in compile_problems(linked):
            if shown not in self._warned:
                self._warned.add(shown)
                print(shown, file=sys.stderr)

    def _expectations(self, path: str, text: str) -> Expectations:
        """Every expectation comment of a file, read once."""
        exp = self._expects.get(path)
        if exp is None:
            exp = self._expects[path] = read_expectations(text)
        return exp

    # -- running -------------------------------------------------------------
    def run_case(self, case: TestCase) -> CaseResult:
        """Run one case and compare it with its expectations; never raises WLError."""
        started = time.perf_counter()
        result = CaseResult(case.id, case.file, case.name, case.line, "passed")
        try:
            linked, text = self.linked(case)
        except WLError as err:
            result.outcome, result.compile_error = "failed", True
            result.problems.append(format_error(err))
            return result
        exp = within(self._expectations(case.file, text), case.ranges)
        out = io.StringIO()
        options = dict(self.options.run_options)
        options["test_mode"] = True
        options.update(self._mail_options())
        rt = Runtime(stdout=out, stderr=io.StringIO(), options=options, filename=case.file)
        mail_mark = self._mail_mark()
        raised = self._execute_timed(linked, rt, case)
        if isinstance(raised, WLRuntimeError) and getattr(raised, "before_run", False) \
                and not raised.line:
            _place_at_case(raised, case, text)
        result.stdout = out.getvalue()
        self._check(case, exp, rt, raised, result, mail_mark)
        _hide_secrets(result)
        result.notes = list(record_of(rt).notes)
        result.outcome = "failed" if result.problems else "passed"
        result.duration = time.perf_counter() - started
        return result

    def _execute_timed(self, linked: Linked, rt: Runtime, case: TestCase) -> WLError | None:
        """`_execute` under --timeout: a case that runs too long fails with an error naming
        the line it was running, and the next case runs (the limit is per case). The limit
        counts the case's own time, not its waits for a processor that other processes
        hold (commands/limits.py own_time_left): on a loaded machine a quick case was
        stopped."""
        if self.options.timeout is None:
            return self._execute(linked, rt, case)
        from ..commands.limits import TimedOut, stop_reporting
        try:
            with stop_reporting(case.file, self.options.timeout, what="the case",
                                interrupts=False, own_time=True):
                return self._execute(linked, rt, case)
        except TimedOut as err:
            return err

    def _execute(self, linked: Linked, rt: Runtime, case: TestCase) -> WLError | None:
        """Fixture, then the test procedure, then end-of-run duties; the uncaught error."""
        from ..errors import ProgramEnd
        raised: WLError | None = None
        try:
            run_setups(rt, case)
            ns = linked.start(rt)
            if case.procedure is not None and not rt.ended:
                from ..runtime.thread_gate import main_code
                with main_code(rt):  # a thread's fatal error ends the case (it could hang)
                    _call_iterations(linked, ns, rt, case)
        except ProgramEnd as end:
            rt.exit_code, rt.ended = end.code, True
        except WLError as err:
            raised = err
        finally:
            try:
                rt.finish()
                run_teardowns(rt, case)
            except WLError as err:
                raised = raised or err
        return raised

    def _check(self, case: TestCase, exp: Expectations, rt: Runtime, raised: WLError | None,
               result: CaseResult, mail_mark: int) -> None:
        for f in record_of(rt).failures:
            expected, got = shown_values(f, case.file)
            lines = [f"{f.where()}: {check_as_written(f, case.file)}",
                     f"    expected: {expected}", f"    got:      {got}"]
            if f.comment:
                lines.append(f"    comment:  {f.comment}")
            result.problems.append("\n".join(lines))
        self._check_stdout(case, exp, result)
        result.problems.extend(_one_each(case, exp))
        if exp.error is not None:
            if raised is None:
                result.problems.append(f"{case.file}:{exp.error.line}: expect error\n"
                                       f"    expected: an error containing {exp.error.text!r}\n"
                                       f"    got:      no error")
            elif exp.error.text not in raised.message:
                result.problems.append(f"{case.file}:{exp.error.line}: expect error\n"
                                       f"    expected: an error containing {exp.error.text!r}\n"
                                       f"    got:      {raised.message}")
        elif raised is not None:
            result.problems.append("uncaught error\n" + _indent(format_error(raised))
                                   + _mock_hint(raised))
        elif rt.ended and rt.exit_code != 0:
            result.problems.append(_ended_program(case, rt.exit_code))
        if self._mail is not None:
            from .mail import check_mail
            result.problems.extend(check_mail(self._mail, mail_mark, exp, case,
                                              self.options.update_golden))

    def _check_stdout(self, case: TestCase, exp: Expectations, result: CaseResult) -> None:
        from .golden import check_golden_output
        got = result.stdout.splitlines()
        golden = check_golden_output(case, result.stdout, self.options.update_golden)
        if golden is not None:
            result.problems.append(golden)
        if not exp.stdout:
            return
        expected = [e.text for e in exp.stdout]
        where = exp.stdout[0].line
        for k, (a, b) in enumerate(zip(expected, got)):
            if a != b:
                where = exp.stdout[k].line
                break
        else:
            if len(got) < len(expected):
                where = exp.stdout[len(got)].line
        diff = compare_lines(expected, got, f"{case.file}:{where}: expect (stdout)")
        if diff:
            result.problems.append(diff)

    # -- mail ----------------------------------------------------------------
    def _mail_options(self) -> dict[str, Any]:
        from .mail import capture_for
        self._mail = capture_for(self)
        return {"capture": self._mail}

    def _mail_mark(self) -> int:
        return len(self._mail.captured) if self._mail is not None else 0

    def close(self) -> None:
        if self._mail is not None:
            self._mail.close()
            self._mail = None


def _call_iterations(linked: Linked, ns: Any, rt: Runtime, case: TestCase) -> None:
    """The test procedure, once; or, when it declares parameters and the file's main code
    added iterations (TestAddIteration), once per iteration with its values, each failure
    naming its iteration (docs/testing.md)."""
    record = record_of(rt)
    procedure = case.procedure or ""
    iterations = list(record.iterations) if case.takes_params else []
    if not iterations:
        try:
            linked.call(ns, rt, procedure, [])
        except WLRuntimeError as err:
            if case.takes_params and not err.line \
                    and err.message.startswith(("wrong number of arguments",
                                                "No syntax of")):  # (several syntaxes)
                raise _without_iterations(case) from None
            raise
        return
    from ..commands.limits import Interrupted, TimedOut
    from .results import CheckFailure
    for k, args in enumerate(iterations, 1):
        before = len(record.failures)
        try:
            linked.call(ns, rt, procedure, list(args))
        except (TimedOut, Interrupted):  # the whole case stops
            raise
        except WLRuntimeError as err:  # this iteration failed; the next ones still run
            record.failures.append(CheckFailure("uncaught error", "no error", err.message,
                                                "", err.filename or "", err.line or 0))
        for failure in record.failures[before:]:
            failure.check += f" (iteration {k})"


def _without_iterations(case: TestCase) -> WLRuntimeError:
    """A case whose procedure needs arguments and that no iteration gives any: the error
    at its header (it was "wrong number of arguments" with no place in the file)."""
    try:
        source: str | None = read_file(case.file).text
    except (OSError, WLError):
        source = None
    return WLRuntimeError(f"{case.name} declares parameters, and no iteration gives it "
                          "values (TestAddIteration in the file's main code): a test case "
                          "is called without arguments", line=case.line, column=1,
                          filename=case.file, source=source)


def _place_at_case(err: WLRuntimeError, case: TestCase, text: str) -> None:
    """A stop while no statement ran (--timeout in the case's setup, or while its
    program's procedures were defined) is shown at the case's header: a case is a place
    in its file, and the stop had none ("test_x.wl: error: ... stopped in <module>")."""
    err.line, err.column, err.filename, err.source = case.line, 1, case.file, text
    err.located = True


def _procedure_names(confs: list[Any], project: LoadedProject) -> set[str]:
    """Folded names of the conftests' procedures that replace a project procedure."""
    from ..syntax.parser import parse
    project_names = {fold(p.name) for f in project.all_files() for p in f.program.procedures
                     if p.owner is None}
    names: set[str] = set()
    for src in confs:
        names.update(fold(p.name) for p in parse(src.text, src.path).procedures
                     if p.owner is None)
    return names & project_names


def _mock_hint(err: WLError) -> str:
    """For a WINDEV function wlinterp does not run (windev_catalog): how to mock it."""
    from ..windev_catalog import unavailable
    m = re.match(r"(\w+) is ", err.message)
    if m is None or unavailable(m.group(1)) is None:
        return ""
    return (f"\n    A mock can stand in: define PROCEDURE {m.group(1)}(...) in a conftest.wl "
            f"beside the tests (see docs/testing.md).")


def _one_each(case: TestCase, exp: Expectations) -> list[str]:
    """A case stops at its first error and sends one number of messages: a second
    `expect error` or `expect mail count` line in the same case could never hold, and
    only the last one was checked (the earlier one silently ignored)."""
    out = []
    for kind, found in (("expect error", exp.all_errors),
                        ("expect mail count", exp.all_mail_counts)):
        if len(found) > 1:
            lines = ", ".join(str(e.line) for e in found)
            out.append(f"{case.file}:{found[0].line}: {kind}\n"
                       f"    one `// {kind}:` line per test case; this case has "
                       f"{len(found)} (lines {lines})")
    return out


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())



def _ended_program(case: TestCase, code: int) -> str:
    """A case that ends the program with a code other than 0 failed, as the same code run
    by `wl run` exits with that code: it counted as passed and `wl test` exited 0, so a
    script's failure path (`EndProgram(3)` after a check) went unseen in CI.
    EndProgram() / EndProgram(0) ends the case as passed (docs/testing.md)."""
    return (f"{case.file}: the case ended the program with exit code {code}"
            f" (EndProgram / FinProgramme)\n    expected: the case to end normally or with"
            f" EndProgram(0)\n    got:      EndProgram({code})")


def _hide_secrets(result: CaseResult) -> None:
    """The case's captured output (Trace) and the differences its expectations show, each
    secret the run knew by its value starred (secret_values.py): a password that went
    through an ordinary variable, an array member or an associative array's "password"
    key was printed in clear under "--- stdout ---" and in an `// expect:` diff, which
    land in CI logs. Done before the next case starts (its run forgets these secrets);
    the comparisons themselves were made with the output as it was."""
    from ..secret_values import without_secrets
    if result.stdout:
        result.stdout = without_secrets(result.stdout)
    result.problems = [without_secrets(problem) for problem in result.problems]
