"""Windows paths under WL_DRIVE_ROOT (wlinterp/native_paths.py): the long-path and device
forms of a drive or network path (`\\\\?\\C:\\x`, `\\\\.\\C:\\x`, `\\\\?\\UNC\\Srv\\Share`)
open the file they name, and a network path written with slashes (`//Srv/Share`) stays in
the sandbox as `\\\\Srv\\Share` does. They went to `<root>/?/C:/x` and to the host's
`//Srv/...` (`//Srv/../../etc/x` read the host's /etc/x)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from stdlib_helpers import call

from wlinterp.native_paths import native_path
from wlinterp.runtime.state import Runtime

pytestmark = pytest.mark.skipif(os.sep != "/", reason="the mapping applies on POSIX only")


@pytest.mark.parametrize("written, under_root", [
    ("\\\\?\\C:\\Data\\a.txt", "Data/a.txt"), ("\\\\.\\D:\\Data\\a.txt", "Data/a.txt"),
    ("//?/C:/Data/a.txt", "Data/a.txt"), ("\\\\?\\UNC\\Srv\\Share\\a.txt", "Srv/Share/a.txt"),
    ("\\\\?\\unc\\Srv\\Share\\a.txt", "Srv/Share/a.txt"), ("//Srv/Share/a.txt", "Srv/Share/a.txt"),
    ("//Srv/../../../etc/x", "etc/x"), ("\\\\?\\C:\\..\\..\\etc\\x", "etc/x"),
])
def test_a_windows_path_maps_under_the_root(written: str, under_root: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_DRIVE_ROOT", str(tmp_path))
    monkeypatch.setenv("WL_PATH_CASE", "exact")
    assert native_path(written) == str(tmp_path / under_root)


def test_a_posix_path_stays_the_hosts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_DRIVE_ROOT", str(tmp_path))
    monkeypatch.setenv("WL_PATH_CASE", "exact")
    assert native_path("/etc/x") == "/etc/x" and native_path("///etc/x") == "///etc/x"


def test_files_written_through_those_forms_land_in_the_sandbox(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "root"
    root.mkdir()
    monkeypatch.setenv("WL_DRIVE_ROOT", str(root))
    rt = Runtime()
    assert call(rt, "fSaveText", "\\\\?\\C:\\a.txt", "long") is True
    assert call(rt, "fSauveTexte", "//Srv/Share/../../../b.txt", "net") is True
    assert call(rt, "fLoadText", "C:\\a.txt") == "long"
    assert call(rt, "fChargeTexte", "D:\\b.txt") == "net"
    assert sorted(p.name for p in root.iterdir()) == ["a.txt", "b.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["root"]
