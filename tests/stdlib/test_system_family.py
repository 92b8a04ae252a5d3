"""System family: where parameters are stored, INI files kept as they were."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from stdlib_helpers import call
from wlinterp.runtime.state import Runtime


@pytest.mark.skipif(sys.platform == "win32", reason="XDG layout")
def test_parameters_live_under_the_user_config_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WL_PARAMETERS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    rt = Runtime(filename="/somewhere/invoices.wl")
    assert call(rt, "SaveParameter", "Last", "x=1") is True
    stored = tmp_path / "wlinterp" / "parameters" / "invoices.ini"
    assert stored.read_bytes() == b"[Parameters]\r\nLast=x=1\r\n"
    assert call(Runtime(filename="/elsewhere/invoices.wl"), "LoadParameter", "Last") == "x=1"
    assert call(Runtime(filename="other.wl"), "LoadParameter", "Last", "no") == "no"


def test_ini_write_keeps_comments_order_and_ansi(rt: Runtime, tmp_path: Path) -> None:
    p = tmp_path / "app.ini"
    p.write_bytes(b"; r\xe9glages\r\n[A]\r\nx=1\r\n\r\n[B]\r\ny=2\r\n")
    assert call(rt, "INIWrite", "a", "z", "\xe9t\xe9", str(p)) is True
    assert p.read_bytes() == b"; r\xe9glages\r\n[A]\r\nx=1\r\nz=\xe9t\xe9\r\n\r\n[B]\r\ny=2\r\n"
    assert call(rt, "INIRead", "A", "Z", "", str(p)) == "\xe9t\xe9"


def test_ini_refuses_what_would_change_the_structure(rt: Runtime, tmp_path: Path) -> None:
    p = str(tmp_path / "x.ini")
    assert call(rt, "INIWrite", "S", "k=v", "1", p) is False and rt.error_occurred
    assert call(rt, "INIWrite", "S", "k", "a\nb", p) is False and rt.error_occurred
    assert call(rt, "INIWrite", "S", "k", "ok", p) is True and not rt.error_occurred
