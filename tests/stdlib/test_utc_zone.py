"""DateTimeLocalToUTC/DateTimeUTCToLocal follow the process's time zone (`--tz`),
daylight saving time included: run in a child process so the zone stays its own."""
from __future__ import annotations

from pathlib import Path

from wl_test_helpers import run_in_zone

SCRIPT = """Trace(DateTimeLocalToUTC("20240115103000000"), DateTimeLocalToUTC("20240715103000000"))
Trace(DateHeureUTCVersLocale("20240115093000000"), DateHeureUTCVersLocale("20241231233000000"))
"""


def _run(tmp_path: Path, zone: str) -> list[str]:
    return run_in_zone(tmp_path, SCRIPT, zone)


def test_paris_winter_and_summer_offsets(tmp_path: Path) -> None:
    assert _run(tmp_path, "Europe/Paris") == [
        "20240115093000000, 20240715083000000",
        "20240115103000000, 20250101003000000"]


def test_utc_zone_changes_nothing(tmp_path: Path) -> None:
    assert _run(tmp_path, "UTC") == [
        "20240115103000000, 20240715103000000",
        "20240115093000000, 20241231233000000"]
