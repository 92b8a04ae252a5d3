"""maskDateEmail formats a DateTime as an email's Date header with the local time zone's
offset (`--tz`): the `<DateHeure>.VersChaîne` page's example (?1000025807) gives
"Mon, 25 Nov 2019 17:15:00 +0100" in France. Run in a child process so the zone stays its
own."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """MaDateHeure est une DateHeure = "201911251715"
Res est une chaîne = MaDateHeure.VersChaîne(maskDateEmail)
Trace(Res)
Trace(DateTimeToString("201907011715", maskDateEmail))
Trace(DateVersChaîne("20191225", maskDateSystème))
"""


def _run(tmp_path: Path, zone: str) -> list[str]:
    script = tmp_path / "mask.wl"
    script.write_text(SCRIPT, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "wlinterp", "run", "--tz", zone,
                           str(script)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def test_the_help_page_result_in_france(tmp_path: Path) -> None:
    assert _run(tmp_path, "Europe/Paris") == [
        "Mon, 25 Nov 2019 17:15:00 +0100", "Mon, 01 Jul 2019 17:15:00 +0200", "25/12/2019"]


def test_utc(tmp_path: Path) -> None:
    assert _run(tmp_path, "UTC")[:2] == [
        "Mon, 25 Nov 2019 17:15:00 +0000", "Mon, 01 Jul 2019 17:15:00 +0000"]
