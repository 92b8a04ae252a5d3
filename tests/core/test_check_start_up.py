"""What a `wl check` of a plain script does without (docs/performance.md "`wl check`
start-up"): dataclasses (it imports inspect, ast, dis and tokenize) and json, each
needed only by a test file's collection or by `--format json`, which still work."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_PROBE = """
import sys
from wlinterp.cli import main
code = main(["check", *sys.argv[1:]])
print(code, " ".join(m for m in ("dataclasses", "inspect", "json") if m in sys.modules) or "-")
"""


def _check(*args: str) -> tuple[str, str]:
    """(what the process printed before the probe's line, the probe's line)."""
    for _ in range(2):  # (the first run may build the caches, importing every family)
        proc = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True,
                              text=True, timeout=120)
    *printed, last = proc.stdout.rstrip("\n").split("\n")
    return "\n".join(printed), last


def test_a_plain_check_imports_neither_dataclasses_nor_json(tmp_path: Path) -> None:
    script = tmp_path / "one.wl"
    script.write_text("n is int = 1\nTrace(n)\n", encoding="utf-8")
    assert _check(str(script)) == ("", "0 -")


def test_json_output_and_a_test_files_conftest_still_work(tmp_path: Path) -> None:
    (tmp_path / "conftest.wl").write_text("gnShared is int = 4\n", encoding="utf-8")
    test = tmp_path / "test_one.wl"
    test.write_text("Trace(gnShared)\n", encoding="utf-8")
    printed, last = _check("--format", "json", str(test))
    assert last.split()[0] == "0"
    document = json.loads(printed)
    assert document["summary"]["errors"] == 0  # gnShared: declared by the conftest
    test.write_text("Trace(gnOther)\n", encoding="utf-8")
    printed, last = _check("--format", "json", str(test))
    assert last.split()[0] != "0" and "gnOther" in printed
