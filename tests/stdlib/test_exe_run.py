"""ExeRun/LanceAppli's command line is cut as Windows cuts it (stdlib/exe_run.py)."""
from __future__ import annotations

import pytest

from wlinterp.stdlib.exe_run import command_words


@pytest.mark.parametrize("line, words", [
    ("notepad.exe readme.txt", ["notepad.exe", "readme.txt"]),
    ('"C:\\Program Files\\Word\\winword.exe" "My file.doc"',
     ["C:\\Program Files\\Word\\winword.exe", "My file.doc"]),
    ('sh -c "echo ""hi"""', ["sh", "-c", 'echo "hi"']),
    ("  a   b  ", ["a", "b"]),
    ('x ""', ["x", ""]),
    ("", []),
])
def test_command_words(line: str, words: list[str]) -> None:
    assert command_words(line) == words
