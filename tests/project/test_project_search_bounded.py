"""Where the project of a file is looked for (wlinterp/project/sources.py find_layout):
a `.wdp` given is its own folder's project, with no search; from a script the search
goes up from its folder and stops at a repository's top (`.git`), at the home folder or a mount
point, and before the system's temporary folder or `/`. Before, a script run
outside any project had every folder up to `/` listed (/tmp's thousands of names too)."""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest

import wlinterp
from wlinterp.project.sources import find_layout, searched_folders
from windev_text import project_file


def _listed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = os.listdir

    def listdir(path: str = ".") -> list[str]:
        seen.append(os.path.realpath(path))
        return real(path)
    monkeypatch.setattr(os, "listdir", listdir)
    return seen


def test_a_script_outside_any_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "s.wl").write_text("Trace(1)\n", encoding="utf-8")
    seen = _listed(monkeypatch)
    out = io.StringIO()
    wlinterp.run_file(str(deep / "s.wl"), stdout=out, stderr=io.StringIO())
    assert out.getvalue() == "1\n"
    top = os.path.realpath(tempfile.gettempdir())
    assert top not in seen and os.path.realpath(os.sep) not in seen
    above = {str(q) for q in deep.resolve().parents}
    if str(tmp_path.resolve()).startswith(top + os.sep):  # (pytest's usual base)
        assert all(p.startswith(top + os.sep) for p in seen if p in above)


def test_a_wdp_given_is_its_folder_s_project(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    inner = tmp_path / "App"
    inner.mkdir()
    code = "Trace(1)\n"
    (tmp_path / "Other.wdp").write_text(project_file("Other", code), encoding="utf-8")
    (inner / "App.wdp").write_text(project_file("App", code), encoding="utf-8")
    seen = _listed(monkeypatch)
    layout = find_layout(str(inner / "App.wdp"))
    assert (layout.root, layout.marked) == (str(inner), True)
    assert str(tmp_path.resolve()) not in seen


def test_the_search_stops_at_a_repository_s_top(tmp_path: Path) -> None:
    (tmp_path / "App.wdp").write_text(project_file("App", "Trace(1)\n"), encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "src").mkdir()
    layout = find_layout(str(repo / "src"))
    assert (layout.root, layout.marked) == (str(repo / "src"), False)
    (repo / "wlproject.toml").write_text("", encoding="utf-8")
    layout = find_layout(str(repo / "src"))
    assert (layout.root, layout.marked) == (str(repo), True)


def test_the_search_stops_at_the_home_folder(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    (home / "x" / "y").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    assert searched_folders(str(home / "x" / "y")) == [
        str(home / "x" / "y"), str(home / "x"), str(home)]
    assert searched_folders(os.path.realpath(tempfile.gettempdir())) == [
        os.path.realpath(tempfile.gettempdir())]


def test_a_project_whose_folder_is_a_mount_point_is_found(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`docker run -v $PWD:/app`: the project's own folder is a mount point. The search
    stopped before it, so its scripts ran outside their project; now it stops after."""
    app = tmp_path / "app"
    (app / "src").mkdir(parents=True)
    (app / "wlproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "Other.wdp").write_text(project_file("Other", "Trace(1)\n"), encoding="utf-8")
    real = os.path.ismount
    monkeypatch.setattr(os.path, "ismount", lambda p: str(p) == str(app) or real(p))
    assert searched_folders(str(app / "src")) == [str(app / "src"), str(app)]
    layout = find_layout(str(app / "src" / "s.wl"))
    assert (layout.root, layout.marked) == (str(app), True)
