"""samples/ported/ (a .wdg set, a .wdc class, tests in WLanguage and Python) passes under
`wl test` and under pytest, as the README and docs/testing.md show."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wlinterp.testing.command import main

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "ported"


def test_wl_test_on_the_sample_project(capsys: pytest.CaptureFixture[str]) -> None:
    code = main([str(SAMPLE), "-q"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.splitlines()[-1].startswith("8 passed, 0 failed")


def test_pytest_on_the_sample_project() -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-o", "addopts=",
                        "-p", "no:cacheprovider", "."],
                       cwd=SAMPLE, capture_output=True, text=True, timeout=180, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "14 passed" in r.stdout


def test_the_readme_test_your_own_code_block_works(tmp_path: Path) -> None:
    import re
    from windev_text import procedure_set
    readme = (SAMPLE.parents[1] / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```sh\n(.*?)```", readme, re.S) if "wl test" in b)
    steps = [line.split("  #")[0].strip() for line in block.splitlines()]
    assert steps[0] == "cd MyProject" and steps[2] == "wl test"
    (tmp_path / "MyProject.wdp").write_text("info :\n name : MyProject\n", encoding="utf-8")
    (tmp_path / "pCalc.wdg").write_text(procedure_set("pCalc", "", {
        "TotalTTC": "PROCEDURE TotalTTC(m is currency)\nRESULT m * 1.2"}), encoding="utf-8")
    subprocess.run(["bash", "-c", steps[1]], cwd=tmp_path, check=True, timeout=30)
    r = subprocess.run([sys.executable, "-m", "wlinterp", "test"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "1 passed, 0 failed" in r.stdout, r.stdout + r.stderr
