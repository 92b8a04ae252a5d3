"""A script run as a file (`wl run`, which links it with its project) keeps the sections
of its main code. Before, `END:` / `FIN:` in a script's main code never ran under `wl run`
(the linker rebuilt the main body without it) while the goldens, then run by another path,
passed; the goldens run as `wl run` does since (tests/golden_runner.py), and this test
runs the two through the command itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from golden_runner import read_expectations
from wl_test_helpers import run_captured

GOLDEN = Path(__file__).parents[1] / "golden"


@pytest.mark.parametrize("name", ["statements/end_label_main_code.wl",
                                  "statements/etiquette_fin_code_principal.wl"])
def test_end_section_of_main_code_runs_under_wl_run(tmp_path: Path, name: str) -> None:
    text = (GOLDEN / name).read_text(encoding="utf-8")
    script = tmp_path / Path(name).name
    script.write_text(text, encoding="utf-8")
    out, err = run_captured(script)
    assert (out.splitlines(), err) == (read_expectations(text).stdout, ""), (out, err)
