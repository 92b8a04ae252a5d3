"""The pytest plugin (entry point `pytest11: wl`): pytest collects `test_*.wl` files and
`test_*.wdg` procedure sets beside Python tests, one item per case, and runs them with
the same engine as `wl test` (wlinterp/testing/engine.py). Failures are reported with the
`.wl` location and the expected/got text, never a Python traceback. `-k`, `-x` and
pytest-xdist (`-n auto`) work as for Python tests. Opt out with `-p no:wl`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from ..project.determinism import determinism_options
from ..project.sources import is_test_file
from .collect import TestCase, collect_file
from .engine import CaseResult, EngineOptions, TestEngine
from .golden import update_refused

_ENGINE_KEY = pytest.StashKey[TestEngine]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("wl", "WLanguage tests (wlinterp)")
    group.addoption("--wl-now", metavar="DATETIME",
                    help='freeze the clock of WLanguage tests, e.g. "2024-01-31 10:00"')
    group.addoption("--wl-seed", type=int, default=0, metavar="N",
                    help="seed Random in WLanguage tests (default 0)")
    group.addoption("--wl-update", action="store_true",
                    help="write golden files (.out, .mail/) of WLanguage tests; refused "
                         "when CI is set")
    group.addoption("--wl-db", metavar="URL",
                    help="database of WLanguage tests, as `wl test --db` (env WL_DB)")
    group.addoption("--wl-analysis", metavar="FILE.xdd",
                    help="analysis of WLanguage tests, as `wl test --analysis` (env WL_ANALYSIS)")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--wl-update", False) and update_refused():
        raise pytest.UsageError(update_refused())


def _engine(config: pytest.Config) -> TestEngine:
    engine = config.stash.get(_ENGINE_KEY, None)
    if engine is None:
        run_options = determinism_options(config.getoption("--wl-now"),
                                          config.getoption("--wl-seed"))
        run_options.update(db=config.getoption("--wl-db"),
                           analysis=config.getoption("--wl-analysis"))
        options = EngineOptions(run_options, update_golden=bool(config.getoption("--wl-update")))
        engine = config.stash[_ENGINE_KEY] = TestEngine(options)
    return engine


def pytest_unconfigure(config: pytest.Config) -> None:
    engine = config.stash.get(_ENGINE_KEY, None)
    if engine is not None:
        engine.close()


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.File | None:
    if is_test_file(file_path.name):
        return WlFile.from_parent(parent, path=file_path)
    return None


class WlFile(pytest.File):
    """A WLanguage test file: one item per `PROCEDURE test_*` (or one for the file)."""

    def collect(self) -> Iterator[pytest.Item]:
        tf = collect_file(str(self.path))
        if tf.error is not None:
            raise WlCollectError(tf.error)
        for case in tf.cases:
            name = case.name if case.procedure else self.path.name
            yield WlItem.from_parent(self, name=name, case=case)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> Any:
        if isinstance(excinfo.value, WlCollectError):
            from ..errors import format_error
            return format_error(excinfo.value.error)
        return super().repr_failure(excinfo)


class WlCollectError(Exception):
    def __init__(self, error: Any) -> None:
        super().__init__(str(error))
        self.error = error


class WlCaseFailure(Exception):
    def __init__(self, result: CaseResult) -> None:
        super().__init__(result.id)
        self.result = result


class WlItem(pytest.Item):
    """One WLanguage test case."""

    def __init__(self, *, case: TestCase, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        result = _engine(self.config).run_case(self.case)
        if result.stdout:
            self.add_report_section("call", "stdout", result.stdout)
        if result.outcome != "passed":
            raise WlCaseFailure(result)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> Any:
        if isinstance(excinfo.value, WlCaseFailure):
            return "\n".join(excinfo.value.result.problems)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.case.line - 1, self.case.id
