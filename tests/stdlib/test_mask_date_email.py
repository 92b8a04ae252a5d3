"""maskDateEmail formats a DateTime as an email's Date header with the local time zone's
offset (`--tz`): the `<DateHeure>.VersChaîne` page's example (?1000025807) gives
"Mon, 25 Nov 2019 17:15:00 +0100" in France. Run in a child process so the zone stays its
own."""
from __future__ import annotations

from pathlib import Path

from wl_test_helpers import run_in_zone

SCRIPT = """MaDateHeure est une DateHeure = "201911251715"
Res est une chaîne = MaDateHeure.VersChaîne(maskDateEmail)
Trace(Res)
Trace(DateTimeToString("201907011715", maskDateEmail))
Trace(DateVersChaîne("20191225", maskDateSystème))
"""


def _run(tmp_path: Path, zone: str) -> list[str]:
    return run_in_zone(tmp_path, SCRIPT, zone)


def test_the_help_page_result_in_france(tmp_path: Path) -> None:
    assert _run(tmp_path, "Europe/Paris") == [
        "Mon, 25 Nov 2019 17:15:00 +0100", "Mon, 01 Jul 2019 17:15:00 +0200", "25/12/2019"]


def test_utc(tmp_path: Path) -> None:
    assert _run(tmp_path, "UTC")[:2] == [
        "Mon, 25 Nov 2019 17:15:00 +0000", "Mon, 01 Jul 2019 17:15:00 +0000"]
