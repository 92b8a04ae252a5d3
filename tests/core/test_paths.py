"""Paths in messages take the platform's form (backslashes on Windows), checked for both
flavours on any machine, and the thread-based --timeout that Windows uses."""
from __future__ import annotations

import ntpath
import os
import posixpath
from pathlib import Path

import pytest

from wlinterp import cli
from wlinterp.paths import platform_form, shown_path


@pytest.mark.parametrize("given, windows, posix", [
    ("samples/x.wl", "samples\\x.wl", "samples/x.wl"),
    ("./samples/../x.wl", "x.wl", "x.wl"),
    ("C:/Projets/Compta/Outils.wdg", "C:\\Projets\\Compta\\Outils.wdg",
     "C:/Projets/Compta/Outils.wdg"),
    ("\\\\serveur\\partage\\a.wl", "\\\\serveur\\partage\\a.wl", "\\\\serveur\\partage\\a.wl"),
    ("<stdin>", "<stdin>", "<stdin>"),
    ("-", "-", "-"),
])
def test_platform_form(given: str, windows: str, posix: str) -> None:
    assert platform_form(given, ntpath) == windows
    assert platform_form(given, posixpath) == posix


def test_errors_name_the_file_relative_and_tidied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "bad.wl").write_text("x is int\nx = 1 / 0\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["./src/../src/bad.wl"]) == 1
    assert capsys.readouterr().err.startswith(f"src{os.sep}bad.wl:2:7: error: Division by zero.")
    assert shown_path(str(tmp_path / "src" / "bad.wl")) == os.path.join("src", "bad.wl")
    assert cli.main(["./nothere/x.wl"]) == 66
    assert f"cannot read {os.path.join('nothere', 'x.wl')}:" in capsys.readouterr().err
