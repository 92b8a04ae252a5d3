"""The stable codes: each one the pass can report is documented in docs/check.md, each
documented one is reported by some module, and a retired code stays unassigned."""
from __future__ import annotations

import pathlib
import re

from wlinterp.semantics.diagnostics import KINDS

ROOT = pathlib.Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "check.md").read_text(encoding="utf-8")


def _documented() -> dict[str, str]:
    """code -> kind, from the rows of the code tables (`| WL101 | undeclared-variable |`)."""
    return dict(re.findall(r"^\| (WL\d{3}) \| ([a-z-]+) \|", DOC, re.M))


def test_every_code_is_documented_with_its_kind() -> None:
    assert _documented() == {code: k.slug for code, k in KINDS.items()}


def test_every_code_is_reported_by_some_module() -> None:
    sources = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "wlinterp").rglob("*.py")
                      if p.name != "diagnostics.py")
    for code in KINDS:
        assert f'"{code}"' in sources, code


def test_the_retired_code_stays_unassigned() -> None:
    assert "WL208" not in KINDS and "WL208 is not used" in DOC


def test_the_semantic_pass_imports_on_its_own() -> None:
    """benchmarks/bench_check.py imports it first: no import cycle may break that."""
    import subprocess
    import sys
    proc = subprocess.run([sys.executable, "-c", "import wlinterp.semantics"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
