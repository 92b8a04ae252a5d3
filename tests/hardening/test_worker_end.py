"""A pytest-xdist worker of this suite collects its garbage and freezes what is left as
its session ends, before it tells the controller it finished (tests/worker_end.py): the
full collections of pytest's own end took 4.3-4.8 s in a whole-suite run at a load of
13, near the 5 s execnet waits before it sends the worker a SIGINT, which then landed in
hypothesis's gc callback (the PytestUnraisableExceptionWarning of some whole-suite runs)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

import worker_end


def _session(worker: bool) -> object:
    config = SimpleNamespace(workerinput={"workerid": "gw0"}) if worker else SimpleNamespace()
    return SimpleNamespace(config=config)


@pytest.fixture
def gc_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The collector's calls the hook makes (not made: a full collection of a worker's
    heap takes seconds)."""
    calls: list[str] = []
    monkeypatch.setattr(worker_end, "gc", SimpleNamespace(
        collect=lambda: calls.append("collect"), freeze=lambda: calls.append("freeze")))
    return calls


def test_a_worker_settles_its_heap_before_it_says_it_finished(gc_calls: list[str]) -> None:
    worker_end.pytest_sessionfinish(_session(worker=True))  # type: ignore[arg-type]
    assert gc_calls == ["collect", "freeze"]


def test_the_controller_leaves_its_heap_alone(gc_calls: list[str]) -> None:
    worker_end.pytest_sessionfinish(_session(worker=False))  # type: ignore[arg-type]
    assert gc_calls == []


def test_the_hook_runs_before_xdist_says_the_worker_finished() -> None:
    """xdist sends "workerfinished" after its hook wrapper's yield, so any plain hook
    runs before; tryfirst also puts it before the session's fixtures are torn down."""
    opts = getattr(worker_end.pytest_sessionfinish, "pytest_impl", {})
    assert opts.get("tryfirst") and not opts.get("hookwrapper") and not opts.get("wrapper")
