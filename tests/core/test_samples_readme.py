"""samples/ run as documented, and the README's commands stay true (so they cannot rot)."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import wlinterp

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {
    "hello.wl": "Bonjour monde\nHello again (2)\nHello again (3)\n",
    "fizzbuzz.wl": "Fizz, Buzz, FizzBuzz, 15\n",
    "exceptions.wl": "2.5\nCaught: Division by zero.\nCaught 42: Stock is empty\n",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_output(name: str) -> None:
    out = io.StringIO()
    wlinterp.run_file(str(ROOT / "samples" / name), stdout=out, stderr=io.StringIO())
    assert out.getvalue() == EXPECTED[name]


def test_every_sample_is_checked() -> None:
    names = {p.name for p in (ROOT / "samples").glob("*.wl")}
    assert names == set(EXPECTED) | {"order_confirmation.wl"}


def _readme_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.*?)```", text, re.S)


def test_readme_starts_with_the_two_commands_and_ci_runs_the_second() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_blocks = text.split("\n\n")[1:3]
    assert first_blocks[0].startswith("```sh") and first_blocks[1].startswith("```sh")
    test_command = _readme_blocks()[1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == test_command


def test_readme_main_job_runs(tmp_path: Path) -> None:
    """Run the main job's `wl` steps (the install step is what CI itself does)."""
    steps = [s.strip() for s in _readme_blocks()[0].split("&&")]
    wl_steps = [s for s in steps if s.startswith(".venv/bin/wl ")]
    assert len(wl_steps) == 2
    mailbox = tmp_path / "mailbox"
    outputs = []
    for step in wl_steps:
        args = step.split()[1:]
        args = [str(mailbox) if a == "mailbox" and i > 0 else a for i, a in enumerate(args)]
        r = subprocess.run([sys.executable, "-m", "wlinterp", *args], cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        outputs.append(r)
    assert "Confirmation for order 1042 sent to" in outputs[0].stdout
    assert "captured" in outputs[0].stderr
    listing = outputs[1].stdout
    assert "celine.martin@example.org" in listing and "Votre commande" in listing
    r = subprocess.run([sys.executable, "-m", "wlinterp", "mailbox", "list", str(mailbox),
                        "--json"], capture_output=True, text=True, timeout=60)
    entries = json.loads(r.stdout)
    entries = entries if isinstance(entries, list) else entries.get("messages", entries)
    assert len(entries) == 1
