"""Helpers for the tests of `wl test`: write a file into a folder, run the command in
process and return its exit code and printed text."""
from __future__ import annotations

from pathlib import Path

import pytest

from wlinterp.testing.command import main


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def wl_test(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err
