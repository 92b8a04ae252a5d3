"""`wl check` looks a folder's project and data names up once per run (project/run_memo.py):
every file of a folder has the same answer. The cache ends with the run: a file created
between two checks (in the REPL, in `wl test`, in one Python process) is seen by the
second."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

import wlinterp.hfsql.names as names
import wlinterp.project.sources as sources
from wlinterp.check import check_paths
from wlinterp.project.run_memo import lookups_cached, run_memo


def _count(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    """Wrap `module.name` so that each call is noted; the list of first arguments."""
    seen: list[str] = []
    real = getattr(module, name)

    def noted(*args: object, **kwargs: object) -> object:
        seen.append(str(args[0]) if args else "")
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, noted)
    return seen


def _check(*paths: Path) -> tuple[int, str]:
    err = io.StringIO()
    code = check_paths([str(p) for p in paths], err=err, out=io.StringIO())
    return code, err.getvalue()


def test_a_folder_of_five_scripts_is_looked_up_once(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(5):
        (tmp_path / f"s{i}.wl").write_text(f"x{i} is int = {i}\nTrace(x{i})\n")
    layouts = _count(monkeypatch, sources, "_find_layout")
    data = _count(monkeypatch, names, "data_sources")
    code, said = _check(tmp_path)
    assert code == 0, said
    assert len(layouts) == 1 and len(data) == 1
    code, said = _check(tmp_path)  # a second run looks again
    assert len(layouts) == 2 and len(data) == 2


def test_a_query_created_between_two_checks_is_seen(tmp_path: Path) -> None:
    script = tmp_path / "s.wl"
    script.write_text("x is int = QRY_Orders..NbRecord\nTrace(x)\n")
    code, said = _check(script)
    assert code == 65 and "'QRY_Orders' is not declared" in said
    (tmp_path / "QRY_Orders.wdr").write_text("")
    code, said = _check(script)
    assert code == 0 and "QRY_Orders" not in said


def test_a_project_file_created_between_two_lookups_is_seen(tmp_path: Path) -> None:
    with lookups_cached():
        assert not sources.find_layout(str(tmp_path)).marked
        (tmp_path / "app.wdp").write_text("")
        assert not sources.find_layout(str(tmp_path / "s.wl")).marked  # same run, same answer
    assert sources.find_layout(str(tmp_path)).marked


def test_outside_a_run_nothing_is_kept() -> None:
    calls: list[int] = []
    for _ in range(2):
        run_memo(("k",), lambda: calls.append(1))
    with lookups_cached():
        with lookups_cached():  # a nested block shares the outer one's answers
            run_memo(("k",), lambda: calls.append(1))
        run_memo(("k",), lambda: calls.append(1))
    assert len(calls) == 3


def test_a_folder_s_windows_are_listed_once(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The windows, pages and reports beside the files (project/elements.py): once per
    folder and run, and a window saved between two checks is seen by the second."""
    import wlinterp.project.elements as elements
    for i in range(4):
        (tmp_path / f"s{i}.wl").write_text(f"Trace(Invoice{i})\n")
    listed = _count(monkeypatch, elements, "element_kinds_beside")
    code, said = _check(tmp_path)
    assert code == 65 and said.count("is not declared") == 4, said
    assert len(listed) == 1
    (tmp_path / "Invoice1.wdw").write_text("")
    code, said = _check(tmp_path)
    assert len(listed) == 2
    assert "'Invoice1'" not in said and said.count("is not declared") == 3, said
