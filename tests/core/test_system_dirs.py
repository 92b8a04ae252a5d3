"""SysDir / SysRep on Linux: the XDG folders, from the environment, from xdg-user-dirs'
file, and their defaults under the home folder (stdlib/system_dirs.py)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp.engine import run_source


def _run(source: str) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(source, "sysdir.wl", stdout=out, stderr=err)
    return out.getvalue().splitlines()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_DESKTOP_DIR",
                 "XDG_DOCUMENTS_DIR", "XDG_DOWNLOAD_DIR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_defaults_under_the_home_folder(home: Path) -> None:
    lines = _run('Trace(SysDir(srAppData))\nTrace(SysRep(srDonnéesApplicativesLocales))\n'
                 'Trace(SysDir(srDesktop))\nTrace(SysRep(srMesDocuments))\n'
                 'Trace(SysDir(srUserProfile))\nTrace(SysDir(srFonts))')
    assert lines == [f"{home}/.config", f"{home}/.local/share", f"{home}/Desktop",
                     f"{home}/Documents", str(home), f"{home}/.local/share/fonts"]


def test_environment_and_user_dirs_file(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = home / "cfg"
    config.mkdir()
    (config / "user-dirs.dirs").write_text('# written by xdg-user-dirs-update\n'
                                           'XDG_DESKTOP_DIR="$HOME/Bureau"\n'
                                           'XDG_DOCUMENTS_DIR="$HOME/Docs"\n',
                                           encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", "/srv/shared/docs")  # the environment wins
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # not absolute: the default
    lines = _run('Trace(SysRep(srBureau))\nTrace(SysDir(srMyDocuments))\n'
                 'Trace(SysDir(srAppData))\nTrace(SysDir(srLocalAppData))')
    assert lines == [f"{home}/Bureau", "/srv/shared/docs", str(config),
                     f"{home}/.local/share"]


def test_windows_only_folders_fail_non_fatally(home: Path) -> None:
    lines = _run('s is string = SysDir(srWindows)\nTrace("[" + s + "]", ErrorOccurred)\n'
                 'Trace(ErrorInfo())\nTrace(SysDir(12345) = "", ErrorOccurred)')
    assert lines[0] == "[], 1"
    assert "srWindows is a Windows folder" in lines[1]
    assert lines[2] == "1, 1"
