"""SysWindowsVersion on POSIX (stdlib/system_version.py): the distribution's VERSION_ID,
else the macOS or kernel version."""
from __future__ import annotations

import platform
from pathlib import Path

from wlinterp.stdlib import system_version as sv
from stdlib_helpers import call
from wlinterp.runtime.state import Runtime


def test_version_id_of_an_os_release_file(tmp_path: Path) -> None:
    f = tmp_path / "os-release"
    f.write_text('NAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\n')
    assert sv._os_release_version(str(f)) == "12"
    f.write_text("NAME=Alpine\nVERSION_ID=3.19.1\n")
    assert sv._os_release_version(str(f)) == "3.19.1"
    assert sv._os_release_version(str(tmp_path / "none")) == ""


def test_the_function_answers_this_system() -> None:
    expected = (sv._os_release_version() or platform.mac_ver()[0] or platform.release())
    assert expected != ""
    assert call(Runtime(), "SysVersionWindows") == expected
    assert call(Runtime(), "SysWindowsVersion") == expected
