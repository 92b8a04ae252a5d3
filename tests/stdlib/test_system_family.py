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


def test_an_xml_parameters_file_that_is_no_xml_is_a_non_fatal_failure(
        rt: Runtime, tmp_path: Path) -> None:
    """InitParameter(paramXML, f): LoadParameter gives its default, SaveParameter and
    DeleteParameter False, each with ErrorOccurred naming the file; the file is kept."""
    p = tmp_path / "settings.xml"
    p.write_text("not xml <", encoding="utf-8")
    call(rt, "InitParameter", 3, str(p))
    assert call(rt, "LoadParameter", "Theme", "light") == "light" and rt.error_occurred
    assert call(rt, "SaveParameter", "Theme", "dark") is False and rt.error_occurred
    assert "does not hold the XML of parameters" in rt.error_message
    assert call(rt, "DeleteParameter", "Theme") is False and rt.error_occurred
    assert p.read_text(encoding="utf-8") == "not xml <"
    p.write_text('<Parameters><Parameter name="Theme">dark</Parameter></Parameters>',
                 encoding="utf-8")
    assert call(rt, "LoadParameter", "Theme", "light") == "dark" and not rt.error_occurred
