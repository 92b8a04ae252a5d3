"""`wl run`'s start-up without cyclic garbage collection, what it made frozen during the
script's run, and the collector as it was found afterwards (commands/collector.py,
docs/performance.md "Start-up")."""
from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from wlinterp import cli
from wlinterp.commands.collector import StartUpCollector

# Counts the collections of a whole `wl run` of a one-line script: about forty before the
# pause, eight after it (the command's own modules, imported before the script is read).
_COUNT = """
import gc, sys
runs = []
gc.callbacks.append(lambda phase, info: runs.append(info["generation"]) if phase == "stop" else None)
from wlinterp.cli import main
code = main(["run", sys.argv[1]])
print(len(runs), gc.isenabled(), gc.get_freeze_count(), code)
"""


@pytest.fixture()
def collector_on() -> Iterator[None]:
    """The collector on and nothing frozen, whatever a test leaves."""
    was = gc.isenabled()
    gc.enable()
    gc.unfreeze()
    try:
        yield
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()


def test_start_up_runs_few_collections(tmp_path: Path) -> None:
    script = tmp_path / "one.wl"
    script.write_text('Trace("ok")\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", _COUNT, str(script)], capture_output=True,
                         text=True, check=True).stdout.split()
    assert out[0] == "ok"
    collections, enabled, frozen, code = int(out[1]), out[2], int(out[3]), out[4]
    assert collections < 20
    assert (enabled, frozen, code) == ("True", 0, "0")


def test_script_runs_with_start_up_frozen_then_thawed(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      collector_on: None) -> None:
    """During the run the collector is on and the start-up's objects are frozen; after
    it (in process, as here) nothing stays frozen."""
    from wlinterp import engine
    seen = []
    real = engine.run_source

    def spy(*args: object, **kwargs: object) -> object:
        seen.append((gc.isenabled(), gc.get_freeze_count() > 0))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "run_source", spy)
    assert cli.main(["-c", 'Trace("x")']) == 0
    assert seen == [(True, True)]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_missing_file_leaves_collector_on(tmp_path: Path, collector_on: None) -> None:
    """The pause starts before the script is read: an unreadable script ends it too."""
    assert cli.main(["run", str(tmp_path / "none.wl")]) == 66
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_callers_choices_stand(collector_on: None) -> None:
    """A caller that froze objects itself keeps them frozen (nothing frozen or thawed
    here); a caller that turned the collector off gets it back off."""
    keep = [object() for _ in range(3)]
    gc.freeze()
    frozen = gc.get_freeze_count()
    c = StartUpCollector()
    c.pause()
    assert not gc.isenabled()
    c.settle()  # frozen objects freed meanwhile leave the count: it cannot grow
    assert gc.isenabled() and not c.frozen and gc.get_freeze_count() <= frozen
    c.restore()
    assert 0 < gc.get_freeze_count() <= frozen
    gc.unfreeze()
    gc.disable()
    c = StartUpCollector()
    c.pause()
    c.settle()
    c.restore()
    assert not gc.isenabled() and gc.get_freeze_count() == 0
    assert len(keep) == 3


def test_settle_freezes_and_restore_thaws(collector_on: None) -> None:
    c = StartUpCollector()
    c.pause()
    c.pause()  # twice (reading the script, then the start-up proper): one pause
    assert not gc.isenabled()
    c.settle()
    assert gc.isenabled() and gc.get_freeze_count() > 0 and gc.get_count()[0] < 100
    c.restore()
    c.restore()
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_commands_own_process_keeps_the_start_up_frozen_to_its_exit(collector_on: None) -> None:
    """`wl` itself (keep_to_exit): the collector on after the run, the start-up's objects
    still frozen, so Python's collection at shutdown does not walk them again."""
    c = StartUpCollector()
    c.keep_to_exit()
    c.pause()
    c.settle()
    c.restore()
    assert gc.isenabled() and gc.get_freeze_count() > 0
    gc.unfreeze()  # (this test's process goes on)


_OWN = """
import gc, sys
sys.argv = ["wl", "run", sys.argv[1]]
from wlinterp.cli import main
code = main()
print(code, gc.isenabled(), gc.get_freeze_count() > 0)
"""


def test_wl_run_in_its_own_process_ends_with_its_start_up_frozen(tmp_path: Path) -> None:
    script = tmp_path / "un.wl"
    script.write_text('sMot est une chaîne = "fin"\nTrace(sMot)\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", _OWN, str(script)], capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["fin", "0", "True", "True"]


_CHECKED = """
import atexit, gc, sys
sys.argv = ["wl", "check", sys.argv[1]]
from wlinterp.cli import main
code = main()
before = gc.get_freeze_count()
atexit._run_exitfuncs()  # what the exit runs before Python's last collections
print(code, before, gc.get_freeze_count() > 0)
"""


def test_wl_check_in_its_own_process_freezes_everything_before_its_exit(tmp_path: Path) -> None:
    """`wl check` runs nothing of the program: what is alive at its exit is frozen there,
    so Python's collection at shutdown does not walk the trees and tables again."""
    script = tmp_path / "verifie.wl"
    script.write_text('nCompte est un entier = 3\nTrace(nCompte)\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", _CHECKED, str(script)], capture_output=True,
                         text=True, check=True).stdout.split()
    assert out[-3:] == ["0", "0", "True"], out  # nothing frozen before the exit, all at it
