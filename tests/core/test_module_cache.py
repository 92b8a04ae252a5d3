"""wlinterp's modules' code read from one file at the command's start
(wlinterp/module_cache.py; docs/performance.md "Start-up: the modules' code from one
file"): a second run is served from the cache, an edited module never is (its new code
is kept for the next start), a damaged cache costs only time, and a program or a test
calling cli.main in its own process imports as Python does."""
from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

import wlinterp
from wlinterp import cli, module_cache

_PROBE = """
import sys
from wlinterp.cli import main
sys.argv = ["wl", "run", sys.argv[1]]
code = main()
engine = sys.modules["wlinterp.engine"]
print(code, type(engine.__loader__).__name__, engine.__file__ == engine.__spec__.origin)
"""


def _probe(script: Path, cache: Path) -> list[str]:
    env = {**os.environ, "WL_CACHE_DIR": str(cache)}
    proc = subprocess.run([sys.executable, "-c", _PROBE, str(script)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split()


def test_the_second_run_is_served_from_the_cache_and_says_the_same(tmp_path: Path) -> None:
    script = tmp_path / "salut.wl"
    script.write_text('nTotal est un entier = 2 + 3\nTrace("Total : " + nTotal)\n',
                      encoding="utf-8")
    first = _probe(script, tmp_path / "cache")
    assert first[-3:] == ["0", "_KeepingLoader", "True"], first  # read the usual way
    assert list((tmp_path / "cache").glob("modules-*.marshal"))  # kept at exit
    second = _probe(script, tmp_path / "cache")
    assert second[-3:] == ["0", "_KeptLoader", "True"], second
    assert first[:-3] == second[:-3] == ["Total", ":", "5"]


def test_a_damaged_cache_only_costs_time(tmp_path: Path) -> None:
    script = tmp_path / "hello.wl"
    script.write_text('Trace("hello")\n', encoding="utf-8")
    _probe(script, tmp_path / "cache")
    for path in (tmp_path / "cache").glob("modules-*.marshal"):
        data = bytearray(path.read_bytes())
        data[len(data) // 2:] = b"\x00" * (len(data) - len(data) // 2)  # code lost
        path.write_bytes(bytes(data))
    assert _probe(script, tmp_path / "cache")[:1] == ["hello"]
    for path in (tmp_path / "cache").glob("modules-*.marshal"):
        path.write_bytes(b"not a cache")
    assert _probe(script, tmp_path / "cache")[:1] == ["hello"]


def _table(table: object) -> bytes:
    import marshal
    head = marshal.dumps(table)
    return len(head).to_bytes(8, "little") + head + b"xxxxx"


@pytest.mark.parametrize("table", [
    [1, 2, 3],  # (not a dict: `.get` failed, a traceback at every start)
    {"format": 2, "modules": {"wlinterp.errors": (None, None, 0, 0, 0, 5)}},
    {"format": 2, "modules": {"wlinterp.errors": ("x", None, "0", 0, 0, 5)}},
    {"format": 2, "modules": []},
])
def test_a_cache_damaged_into_another_value_only_costs_time(tmp_path: Path,
                                                            table: object) -> None:
    """A cache file whose table decodes to something else than the table (a damaged
    file marshal still reads): every start stopped with a Python traceback."""
    script = tmp_path / "hello.wl"
    script.write_text('Trace("hello")\n', encoding="utf-8")
    _probe(script, tmp_path / "cache")
    for path in (tmp_path / "cache").glob("modules-*.marshal"):
        path.write_bytes(_table(table))
    assert _probe(script, tmp_path / "cache")[:1] == ["hello"]  # (exit 0, or it asserts)


@pytest.fixture
def probe_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder searched for wlinterp's modules, the finder installed in this test (its
    tables empty) before Python's own, the cache in the test's folder."""
    folder = tmp_path / "extra"
    folder.mkdir()
    monkeypatch.setattr(wlinterp, "__path__", [*wlinterp.__path__, str(folder)])
    monkeypatch.setattr(module_cache, "_kept", {})
    monkeypatch.setattr(module_cache, "_fresh", {})
    usual = [f for f in sys.meta_path  # (pytest rewrites its plugins' packages: wlinterp's)
             if type(f).__name__ != "AssertionRewritingHook"]
    monkeypatch.setattr(sys, "meta_path", [module_cache._Finder, *usual])
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path / "cache"))
    yield folder
    for name in [n for n in sys.modules if n.startswith("wlinterp.cache_probe_")]:
        del sys.modules[name]


def _fresh_import(name: str) -> object:
    sys.modules.pop(name, None)
    importlib.invalidate_caches()
    return importlib.import_module(name)


def test_an_edited_module_is_read_again_never_served_stale(probe_package: Path) -> None:
    source = probe_package / "cache_probe_a.py"
    source.write_text("VALUE = 1\n", encoding="utf-8")
    assert _fresh_import("wlinterp.cache_probe_a").VALUE == 1  # type: ignore[attr-defined]
    module_cache._save()  # what the exit does
    module_cache._kept.update(module_cache._read(module_cache.cache_file()))
    module_cache._fresh.clear()
    kept = _fresh_import("wlinterp.cache_probe_a")
    assert type(kept.__loader__).__name__ == "_KeptLoader"  # type: ignore[attr-defined]
    assert kept.VALUE == 1  # type: ignore[attr-defined]
    stamp = source.stat().st_mtime_ns
    source.write_text("VALUE = 2\n", encoding="utf-8")  # the same size
    later = stamp + 2_000_000_000  # (Python's .pyc keeps whole seconds: an edit in the
    os.utime(source, ns=(later, later))  # same second, of the same size, is its blind spot)
    edited = _fresh_import("wlinterp.cache_probe_a")
    assert edited.VALUE == 2  # type: ignore[attr-defined]
    assert type(edited.__loader__).__name__ == "_KeepingLoader"  # type: ignore[attr-defined]
    assert "wlinterp.cache_probe_a" in module_cache._fresh  # kept for the next start


def test_a_removed_module_is_not_found_as_before(probe_package: Path) -> None:
    source = probe_package / "cache_probe_b.py"
    source.write_text("VALUE = 1\n", encoding="utf-8")
    _fresh_import("wlinterp.cache_probe_b")
    module_cache._save()
    module_cache._kept.update(module_cache._read(module_cache.cache_file()))
    source.unlink()
    with pytest.raises(ModuleNotFoundError):
        _fresh_import("wlinterp.cache_probe_b")


def test_a_call_with_its_arguments_installs_nothing(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    script = tmp_path / "one.wl"
    script.write_text('Trace("ok")\n', encoding="utf-8")
    installed = module_cache._installed
    assert cli.main(["run", str(script)]) == 0
    assert capsys.readouterr().out == "ok\n"
    assert module_cache._installed == installed
    assert (module_cache._Finder in sys.meta_path) == installed


def test_windows_reads_the_cache_instead_of_mapping_it(probe_package: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A mapped file cannot be replaced on Windows: the cache is read there, and serves
    the same code."""
    source = probe_package / "cache_probe_w.py"
    source.write_text("VALUE = 'w'\n", encoding="utf-8")
    _fresh_import("wlinterp.cache_probe_w")
    module_cache._save()
    monkeypatch.setattr(module_cache.sys, "platform", "win32")
    import mmap
    monkeypatch.setattr(mmap, "mmap", None)  # (mapping would fail the test)
    module_cache._kept.update(module_cache._read(module_cache.cache_file()))
    module_cache._fresh.clear()
    kept = _fresh_import("wlinterp.cache_probe_w")
    assert type(kept.__loader__).__name__ == "_KeptLoader"  # type: ignore[attr-defined]
    assert kept.VALUE == "w"  # type: ignore[attr-defined]


def test_ctrl_c_while_the_cache_is_written_at_exit_prints_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C during the save at exit (the first start after an upgrade writes every
    module's code) ended with Python's "Exception ignored in atexit callback" and a
    traceback: the save now gives up in silence, as for a full disk."""
    def interrupted(where: str) -> None:
        raise KeyboardInterrupt
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(module_cache, "_fresh", {"wlinterp.x": ("x", None, 0, 0, None)})
    monkeypatch.setattr(module_cache, "_write", interrupted)
    module_cache._save()  # (raised KeyboardInterrupt)
