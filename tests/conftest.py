"""pytest collects every tests/golden/**/*.wl program as one test (see golden_runner)."""
from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest
from hypothesis import settings

sys.path.insert(0, str(Path(__file__).parent))

from golden_runner import companion_folder, run_golden  # noqa: E402
from worker_watch import pytest_testnodedown  # noqa: E402,F401  (a lost worker's end)
from worker_end import pytest_sessionfinish  # noqa: E402,F401  (a worker's end in time)
import progress_clock  # noqa: E402  (the suite's clock, printed at each tenth)

# Property tests explore freely on a developer's machine; under CI they replay a fixed
# sequence, so that a landing is judged on the code, not on a lucky draw (the hour-long
# exploration lives in tests/hardening's fuzz script).
settings.register_profile("ci", derandomize=True, print_blob=True)

# The suite runs in UTC whatever the developer's machine says, as `wl test` does: goldens
# state local-time results (DateTimeToEpoch, maskDateEmail) and must not depend on where
# they run. Child processes inherit it; tests of other zones pass `--tz` explicitly.
os.environ["TZ"] = "UTC"
if hasattr(time, "tzset"):
    time.tzset()
if os.environ.get("CI"):
    settings.load_profile("ci")

# A shell that starts a job in the background without job control (`pytest ... &` in a
# script, some CI runners) starts it with SIGINT ignored, and a Python started with SIGINT
# ignored never turns it into KeyboardInterrupt: the tests that press Ctrl-C on a child
# `wl run` waited 20 s and failed. The suite restores Python's own handler, so its
# workers and their children start with the default disposition (docs/testing.md).
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_configure(config: pytest.Config) -> None:
    """Write the bytecode of wlinterp and its built-ins once, before the tests start (in
    the controller, before any xdist worker). Several hundred tests run `python -m
    wlinterp` in a child; where PYTHONDONTWRITEBYTECODE is set (as on the developers'
    machines) and a file has no up-to-date bytecode (a fresh checkout, a file just
    edited), every child compiled it from its source again: 0.3 s of CPU a child, and
    three subprocess-heavy files of tests/hardening took 23.7 s of CPU instead of 10.6 s
    (docs/testing.md "Bytecode"). Files whose bytecode is up to date cost a stat."""
    if hasattr(config, "workerinput"):
        return
    progress_clock.register(config)
    import compileall
    root = Path(__file__).resolve().parents[1]
    for folder in ("wlinterp", "stdlib"):
        compileall.compile_dir(str(root / folder), quiet=2)
    # The parser's tables too, when the grammar changed since they were cached: built
    # inside a golden, Lark leaves its cache and lock files in that golden's temporary
    # folder (a failure: "left in the temporary folder"), and each worker built them.
    from wlinterp.syntax.parser import warm_up
    warm_up()


class GoldenItem(pytest.Item):
    def runtest(self) -> None:
        text = self.path.read_text(encoding="utf-8")
        problems = run_golden(text, self.path.name, companions=companion_folder(self.path))
        if problems:
            raise GoldenFailure("\n".join(problems))

    def repr_failure(self, excinfo, style=None):  # type: ignore[no-untyped-def]
        if isinstance(excinfo.value, GoldenFailure):
            return f"{self.path}:\n  " + str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):  # type: ignore[no-untyped-def]
        return self.path, 0, f"golden: {self.path.relative_to(self.path.parents[1])}"


class GoldenFailure(Exception):
    pass



class GoldenFile(pytest.File):
    def collect(self):  # type: ignore[no-untyped-def]
        yield GoldenItem.from_parent(self, name=self.path.stem)


def pytest_collect_file(parent, file_path: Path):  # type: ignore[no-untyped-def]
    if file_path.suffix == ".wl" and "golden" in file_path.parts \
            and not any(part.endswith(".files") for part in file_path.parts):
        return GoldenFile.from_parent(parent, path=file_path)
    return None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):  # type: ignore[no-untyped-def]
    """Each test, goldens included, starts with the recursion limit the worker had: the
    compiler's constant folding of deep literal expressions depends on it, so a test
    that left it raised (a run ending while its thread was in a first call left 6000)
    made a later test of the same worker pass or fail by the order of the tests. The
    engine's own leak is pinned where it was fixed
    (tests/hardening/test_limits_outlive_main_code.py)."""
    depth = sys.getrecursionlimit()
    yield
    sys.setrecursionlimit(depth)
