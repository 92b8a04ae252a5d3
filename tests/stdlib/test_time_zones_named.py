"""DateTimeLocalToTimeZone/DateTimeTimeZoneToLocal when the run's zone is not UTC
(`--tz`): both sides' daylight saving time (stdlib/time_zones.py)."""
from __future__ import annotations

from pathlib import Path

from wl_test_helpers import run_in_zone

SCRIPT = """Trace(DateTimeLocalToTimeZone("20240115120000000", "Europe/Paris"))
Trace(DateHeureLocaleVersFuseau("20240710120000000", "Asia/Tokyo"))
Trace(DateTimeTimeZoneToLocal("20240310120000000", "Europe/London"))
"""


def test_new_york_to_other_zones(tmp_path: Path) -> None:
    # New York is UTC-5 in January, UTC-4 in July and from March 10, 2024 (summer time);
    # London is still UTC+0 on March 10 and Tokyo is UTC+9 all year.
    assert run_in_zone(tmp_path, SCRIPT, "America/New_York") == [
        "20240115180000000", "20240711010000000", "20240310080000000"]
