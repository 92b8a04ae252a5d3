"""The decided system names (stdlib/system_identity.py, file_regex_temp.py): SysNation
follows the locale, SysIdentifier reads the machine-id file (and fails without one),
SysVersion is the kernel's release, fOpenTempFile's file is gone once closed or at the
end of the program."""
from __future__ import annotations

import io
import os
import platform
import tempfile
from pathlib import Path

import pytest

from stdlib_helpers import call
from wlinterp.engine import run_source
from wlinterp.runtime.state import Runtime
from wlinterp.stdlib import system_identity as si


@pytest.mark.parametrize("lang, nation", [("fr_FR.UTF-8", 2), ("fr_CA", 2),
                                          ("en_US.UTF-8", 1), ("de_DE", 1), ("", 1)])
def test_sys_nation_follows_the_locale(monkeypatch: pytest.MonkeyPatch, lang: str,
                                       nation: int) -> None:
    for key in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", lang)
    assert call(Runtime(), "SysNation") == nation


def test_sys_identifier_reads_the_machine_id(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    ident = tmp_path / "machine-id"
    ident.write_text("0123456789abcdef0123456789abcdef\n")
    monkeypatch.setattr(si, "MACHINE_ID_FILES", (str(tmp_path / "absent"), str(ident)))
    rt = Runtime()
    assert call(rt, "SysIdentifiant") == "0123456789abcdef0123456789abcdef"
    monkeypatch.setattr(si, "MACHINE_ID_FILES", (str(tmp_path / "absent"),))
    assert call(rt, "SysIdentifier") == ""
    assert rt.error_occurred


def test_sys_version_is_the_kernel_release() -> None:
    assert call(Runtime(), "SysVersion") == platform.release()


def _temp_files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_the_temporary_file_is_deleted_when_closed_and_at_the_end(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()
    run_source('n is int = fOpenTempFile()\nfWriteLine(n, "x")\n'
               'm is int = fOpenTempFile()\nTrace(n <> m)\nfClose(n)\n'
               'Trace(fClose(n), ErrorOccurred)\n', "tmp.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == ["1", "-1, 1"]
    assert _temp_files(tmp_path) == set()  # n closed by fClose, m at the end


def test_the_temporary_file_exists_while_open(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()
    run_source('n is int = fOpenTempFile()\nfWrite(n, "abc")\n'
               'Trace(fListFile(fTempPath() + "/wl*.tmp") <> "")\n', "tmp.wl",
               stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == ["1"]
    assert not os.listdir(tmp_path)
