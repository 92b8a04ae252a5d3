"""Native code in WINDEV text-format files (browser JavaScript, Swift, Java...) is left out
with a note (WL209), in `wl check` and `wl run`, instead of being a syntax error."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from windev_text import procedure_set

from wlinterp.syntax.winfile import code_blocks, native_language

SET = procedure_set("Mixed", "", {
    "Hello": 'PROCEDURE Hello()\nTrace("hello from WLanguage")',
    "BrowserAlert": 'function BrowserAlert(msg) {\n  window.alert(msg);\n}',
    "iOSVibrate": 'import UIKit\nfunc iOSVibrate() {\n  let g = UIImpactFeedbackGenerator()\n}',
    "Later": 'PROCEDURE Later()\nlet n = 2\nTrace(n)',
})


def _wl(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def test_blocks_are_classified_by_language() -> None:
    langs = {b.name: b.language for b in code_blocks(SET)}
    assert langs == {"Mixed": None, "Hello": None, "BrowserAlert": "JavaScript",
                     "iOSVibrate": "Swift", "Later": None}
    assert native_language("let x = 5") is None  # LET is WLanguage too
    assert native_language("// Summary\nPRIVATE PROCEDURE P()") is None


def test_a_language_key_beside_the_block_decides() -> None:
    text = ("procedures :\n -\n   name : P\n   language : Java\n   code : |1+\n"
            "    x is int\n")
    assert [b.language for b in code_blocks(text)] == ["Java"]


def test_check_and_run_skip_native_blocks_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "Mixed.wdg").write_text(SET, encoding="utf-8")
    checked = _wl("check", "Mixed.wdg", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    report = checked.stdout + checked.stderr
    assert "WL209" in report and "BrowserAlert is JavaScript, not WLanguage" in report
    assert "iOSVibrate is Swift" in report
    ran = _wl("run", "--call", "Hello", "Mixed.wdg", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert "hello from WLanguage" in ran.stdout
    assert "warning: the code of BrowserAlert is JavaScript" in ran.stderr
