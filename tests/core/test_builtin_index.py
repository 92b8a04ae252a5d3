"""The lazy built-in registry: the name index is exactly what importing every family
registers, it is rebuilt when a family changes, and a wrong index never loses a name."""
from __future__ import annotations

import inspect
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from wlinterp import builtin_index
from wlinterp.registry import Registry, load_every_family


def _python(code: str, cache: Path) -> str:
    env = {**os.environ, "WL_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, check=True).stdout


_INDEX_CODE = """
import json, sys
from wlinterp.registry import REGISTRY
index = REGISTRY.loader.index()
families = sorted(m for m in sys.modules if m.startswith("wlinterp.stdlib."))
print(json.dumps({"index": index, "families": families}))
"""


def _as_json(index: dict[str, Any]) -> Any:
    return json.loads(json.dumps(index))


def test_index_is_what_every_family_registers(tmp_path: Path) -> None:
    first = json.loads(_python(_INDEX_CODE, tmp_path))  # builds and writes the index
    assert list(tmp_path.glob("builtins-*.marshal"))
    second = json.loads(_python(_INDEX_CODE, tmp_path))  # reads it back
    assert second["families"] == []  # the index came from the cache: no family imported
    full = _as_json(builtin_index.index_of(load_every_family()))
    assert first["index"] == second["index"] == full
    assert full["function"]["emailstartsmtpsession"][:3] == [
        "wlinterp.stdlib.email", "EmailStartSMTPSession", "EmailOuvreSessionSMTP"]
    assert full["function"]["trace"][4:] == [1, None]  # (min, max) arguments
    assert len(full["function"]) > 300 and full["constant"] and full["type"]


def test_arity_read_from_code_agrees_with_inspect() -> None:
    for b in load_every_family().functions.values():
        params = list(inspect.signature(b.func).parameters.values())[1:]
        required = sum(1 for p in params if p.kind == p.POSITIONAL_OR_KEYWORD
                       and p.default is p.empty)
        varargs = any(p.kind == p.VAR_POSITIONAL for p in params)
        most = None if varargs else sum(1 for p in params if p.kind == p.POSITIONAL_OR_KEYWORD)
        assert (b.min_args, b.max_args) == (required, most), b.en


def test_every_module_of_the_stdlib_folder_is_a_family_found() -> None:
    folder = Path(builtin_index._stdlib_dir())
    files = {p.stem for p in folder.glob("*.py") if not p.name.startswith("_")}
    modules = builtin_index.stdlib_modules()
    assert {m.rsplit(".", 1)[1] for m in modules} == files
    assert modules[0] == "wlinterp.stdlib.console"  # FAMILIES gives the order


def test_importing_the_stdlib_package_imports_no_family(tmp_path: Path) -> None:
    out = _python("import sys, wlinterp.stdlib; "
                  "print([m for m in sys.modules if m.startswith('wlinterp.stdlib.')])",
                  tmp_path)
    assert out.strip() == "[]"


def test_a_changed_family_rebuilds_the_index(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """console.py seen with another modification time (the file itself is left alone:
    other tests run at the same time) makes the cached index stale; the next start
    rebuilds it from the families and caches the new one."""
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    _python(_INDEX_CODE, tmp_path)
    assert builtin_index._read_cache() is not None
    family = os.path.join(builtin_index._stdlib_dir(), "console.py")
    real_stat = os.stat

    def edited(path: Any, *args: Any, **kwargs: Any) -> Any:
        st = real_stat(path, *args, **kwargs)
        if os.fspath(path) != family:
            return st
        values = list(st)
        values[8] += 1  # st_mtime
        return os.stat_result(values, {"st_mtime_ns": st.st_mtime_ns + 10**9})

    monkeypatch.setattr(builtin_index.os, "stat", edited)
    assert builtin_index._read_cache() is None  # a family's source changed
    loader = builtin_index.FamilyLoader()
    loader.registry = load_every_family()
    loaded = []
    monkeypatch.setattr(loader, "load_all", lambda: loaded.append(1))
    assert loader.index() == builtin_index.index_of(loader.registry)
    assert loaded == [1]  # rebuilt from the families...
    assert builtin_index._read_cache() is not None  # ...and cached again


def test_a_start_reads_the_modules_and_leaves_the_rows(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A lookup needs only the module declaring a name: from the cache, the modules by
    name are read and the whole rows stay marshalled until a tool asks for them."""
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    _python(_INDEX_CODE, tmp_path)
    loader = builtin_index.FamilyLoader()
    modules = loader.modules()
    assert modules["function"]["trace"] == "wlinterp.stdlib.console"
    assert loader._index is None and isinstance(loader._rows, bytes)
    full = builtin_index.index_of(load_every_family())
    assert loader.index() == full
    assert modules == {kind: {k: row[0] for k, row in rows.items()}
                       for kind, rows in full.items()}


def test_a_new_family_file_rebuilds_the_index(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    _python(_INDEX_CODE, tmp_path)
    listing = builtin_index._listing()
    monkeypatch.setattr(builtin_index, "_listing", lambda: listing + ["new_family.py"])
    assert builtin_index._read_cache() is None


def test_a_wrong_index_still_finds_the_name(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    loader = builtin_index.FamilyLoader()
    registry = Registry(loader)
    loader.registry = registry
    wrong = {kind: {} for kind in builtin_index.KINDS}
    wrong["function"]["length"] = ("wlinterp.stdlib.console", "Length", "Taille", "x", 1, 1)
    loader._set_index(wrong)  # (what a lookup reads: the modules by name)
    # The shared registry already holds the real families; this one starts empty, so
    # importing the (already imported) wrong module registers nothing here: every
    # family is loaded instead, and the name is still found.
    monkeypatch.setattr(loader, "load_all", lambda: _fill(registry, loader))
    assert "length" in registry.functions
    assert "nosuchfunction" not in registry.functions


def _fill(registry: Registry, loader: builtin_index.FamilyLoader) -> None:
    shared = load_every_family()
    for kind, table in shared.tables.items():
        dict.update(registry.tables[kind], dict.items(table))
        registry.origins.update({k: v for k, v in shared.origins.items() if k[0] == kind})
    loader._all = True


def test_a_one_line_script_imports_no_heavy_package(tmp_path: Path) -> None:
    script = tmp_path / "one.wl"
    script.write_text('Trace("ok")\n', encoding="utf-8")
    code = ("import sys, atexit, json\n"
            "atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr))\n"
            f"sys.argv = ['wl', 'run', {str(script)!r}]\n"
            "from wlinterp.cli import main\n"
            "main()\n")
    env = {**os.environ, "WL_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # the first run builds the caches
        proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True)
    assert proc.stdout == "ok\n"
    modules = json.loads(proc.stderr.strip().splitlines()[-1])
    heavy = ("wlinterp.mail", "wlinterp.mailbox", "wlinterp.hfsql", "prompt_toolkit",
             "pygments", "psycopg", "email", "smtplib", "ssl", "asyncio", "sqlite3", "lark",
             # the text-format reader and the catalog of functions wlinterp cannot run
             # serve .wdg files and unknown names only
             "wlinterp.syntax.winfile", "wlinterp.windev_catalog", "textwrap", "calendar")
    light = {"wlinterp.hfsql", "wlinterp.hfsql.names", "wlinterp.hfsql.hooks",
             "wlinterp.hfsql.project_data"}  # tiny
    # entry points the compiled code calls for data names: no database, no sqlite3
    loaded = [m for m in modules if m.startswith(heavy) and m not in light]
    assert loaded == []
    families = [m for m in modules if m.startswith("wlinterp.stdlib.")]
    assert "wlinterp.stdlib.console" in families and "wlinterp.stdlib.email" not in families


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path) -> None:
    """No cache can be written (the folder is a file): every start imports every family
    and builds the parser tables, and scripts still run."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    script = tmp_path / "one.wl"
    script.write_text('Trace(Taille("abc"), EmailOptionSecuredTLS > 0)\n', encoding="utf-8")
    env = {**os.environ, "WL_CACHE_DIR": str(blocked / "cache")}
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(script)],
                              env=env, capture_output=True, text=True)
        assert (proc.returncode, proc.stdout, proc.stderr) == (0, "3, 1\n", "")


def test_another_wlinterp_version_rebuilds_the_index(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """An upgrade installed in place may keep every file's size and modification time
    (a wheel built reproducibly dates every file alike): the version tells them apart."""
    monkeypatch.setenv("WL_CACHE_DIR", str(tmp_path))
    _python(_INDEX_CODE, tmp_path)
    assert builtin_index._read_cache() is not None
    monkeypatch.setattr(builtin_index, "_version", lambda: "999.0")
    assert builtin_index._read_cache() is None


def _copy_of_the_package(to: Path) -> Path:
    """wlinterp laid out as installed (stdlib and grammar inside it), compiled bytecode
    included (copied with the sources' times, so it stays valid: no recompiling)."""
    import wlinterp
    here = Path(wlinterp.__file__).parent
    package = to / "wlinterp"
    shutil.copytree(here, package)
    shutil.copytree(builtin_index._stdlib_dir(), package / "stdlib", dirs_exist_ok=True)
    shutil.copytree(here.parent / "grammar", package / "grammar", dirs_exist_ok=True)
    return package


def test_a_family_edited_in_a_copy_is_seen_by_the_next_run(tmp_path: Path) -> None:
    """The whole path, on real files (the runs start in tmp_path: the checkout's own
    wlinterp folder would come first from the current folder): a run builds and caches the index of a copy of
    wlinterp; a function added to one of its families afterwards is found by the next
    run (the edited file's size and time make the cached index stale)."""
    package = _copy_of_the_package(tmp_path / "site")
    script = tmp_path / "one.wl"
    script.write_text('Trace(SpAddedFunction(2))\n', encoding="utf-8")
    env = {**os.environ, "WL_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONPATH": str(tmp_path / "site")}
    run = [sys.executable, "-m", "wlinterp", "run", str(script)]
    first = subprocess.run(run, env=env, capture_output=True, text=True, cwd=tmp_path)
    assert first.returncode != 0 and "SpAddedFunction" in first.stderr
    assert list((tmp_path / "cache").glob("builtins-*.marshal"))
    family = package / "stdlib" / "console.py"
    family.write_text(family.read_text(encoding="utf-8") + (
        '\n\n@family.function("SpAddedFunction", "SpFonctionAjoutee")\n'
        'def sp_added_function(rt: Runtime, n: object) -> object:\n'
        '    return n * 10\n'), encoding="utf-8")
    second = subprocess.run(run, env=env, capture_output=True, text=True, cwd=tmp_path)
    assert (second.returncode, second.stdout, second.stderr) == (0, "20\n", "")


def test_an_index_lacking_a_name_is_repaired_by_the_run_that_needs_it(tmp_path: Path) -> None:
    """A cached index that lacks a family's names though every file's size and date
    match (seen once: written while the family's file was being rewritten, so it
    registered nothing): a call of one of those names runs, and the index is rewritten
    whole, instead of "unknown procedure" at every run until a file changes."""
    cache = tmp_path / "cache"
    _python(_INDEX_CODE, cache)
    (stored,) = cache.glob("builtins-*.marshal")
    import marshal
    data = marshal.loads(stored.read_bytes())
    index = marshal.loads(data["index"])
    declaring = index["function"]["extractstring"][0]
    for rows in index.values():  # the family as it registered nothing
        for key in [k for k, row in rows.items() if row[0] == declaring]:
            del rows[key]
    data["index"] = marshal.dumps(index)
    data["modules"] = {kind: {k: row[0] for k, row in rows.items()}
                       for kind, rows in index.items()}
    stored.write_bytes(marshal.dumps(data))
    script = tmp_path / "one.wl"
    script.write_text('Trace(ExtraitChaîne("a;b;c", 2, ";"), ExtractString("x;y", 1, ";"))\n',
                      encoding="utf-8")
    env = {**os.environ, "WL_CACHE_DIR": str(cache)}
    for _ in range(2):  # the first run repairs the index, the second reads the repaired one
        proc = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(script)],
                              env=env, capture_output=True, text=True, cwd=tmp_path)
        assert (proc.returncode, proc.stdout, proc.stderr) == (0, "b, x\n", "")
        repaired = marshal.loads(marshal.loads(stored.read_bytes())["index"])
        assert repaired["function"]["extractstring"][0] == declaring
