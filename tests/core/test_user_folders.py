"""The application's folders on Linux (stdlib/user_folders.py): XDG base folders plus
the program's name; drives and short names on POSIX (stdlib/file_disk.py,
file_transform.py)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp.engine import run_source


def _run(source: str, name: str = "invoices.wl") -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(source, name, stdout=out, stderr=err)
    assert err.getvalue() == ""
    return out.getvalue().splitlines()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_defaults_under_the_home_folder(home: Path) -> None:
    lines = _run("Trace(fDataDirUser())\nTrace(fRepDonnéesCommun(fddSansCréation))\nTrace(fRepCache())")
    assert lines == [f"{home}/.local/share/invoices", "/var/lib/invoices",
                     f"{home}/.cache/invoices"]


def test_xdg_variables(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "d"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    lines = _run("Trace(fRepDonneesUtilisateur())\nTrace(fCacheDir())", "stock.wl")
    assert lines == [f"{home}/d/stock", f"{home}/.cache/stock"]


def test_created_unless_told_not_to(home: Path) -> None:
    """?3036008: fddDefault creates the data folder, fddWithoutCreation only names it."""
    assert _run("Trace(fDirectoryExist(fDataDirUser(fddWithoutCreation)))") == ["0"]
    assert _run("Trace(fDirectoryExist(fDataDirUser()))") == ["1"]
    assert (home / ".local/share/invoices").is_dir()


def test_uncreatable_folder_is_a_non_fatal_error(home: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (home / "file").write_text("x")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "file"))
    assert _run("d is string = fRepDonnéesUtilisateur(fddDéfaut)\n"
                "Trace(ErrorOccurred, Right(d, 14))") == ["1, /file/invoices"]


def test_drives_and_short_names(tmp_path: Path) -> None:
    f = tmp_path / "a long name.txt"
    f.write_text("x")
    lines = _run(f'Trace(fListDisk(), fDisqueEnCours(), fDriveReady("C:"))\n'
                 f'Trace(fDisquePret("{tmp_path}/none"))\n'
                 f'Trace(fShortName("{f}") = "{f}", fNomLong("{f}") = "{f}")\n'
                 f'Trace("[" + fNomCourt("{tmp_path}/none") + "]", ErrorOccurred)')
    assert lines == ["/, /, 1", "0", "1, 1", "[], 1"]
