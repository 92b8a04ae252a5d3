"""Time zones by name work where the system has no time zone database (Windows, minimal
containers): zoneinfo then reads the `tzdata` package, a dependency. A child process
whose zoneinfo search path is an empty folder stands for such a machine."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """Trace(DateTimeLocalToTimeZone("20240715120000000", "Europe/Paris"))
Trace(DateHeureFuseauVersLocale("20240115070000000", "America/New_York"))
"""


def test_named_zones_come_from_the_tzdata_package(tmp_path: Path) -> None:
    empty = tmp_path / "no-zoneinfo"
    empty.mkdir()
    script = tmp_path / "zones.wl"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONTZPATH": str(empty), "TZ": "UTC"}
    proc = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(script)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["20240715140000000", "20240115120000000"]
