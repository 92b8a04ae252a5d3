"""DateTimeToEpoch/EpochToDateTime read and give LOCAL DateTimes (the process's time zone,
`--tz`): `<DateHeure>.VersEpoch`'s page (?1000024161) gives 1501056581 for
"20170726100941" in France. Run in a child process so the zone stays its own."""
from __future__ import annotations

from pathlib import Path

from wl_test_helpers import run_in_zone

SCRIPT = """MonJour est un DateHeure
MonJour = "20170726100941"
// Affiche "1501056581" (en France)
Trace(MonJour.VersEpoch())
Trace(EpochVersDateHeure(1501056581), DateTimeToEpoch("20240115103000000"))
Trace(DateTimeToEpoch("00010101000000000"), EpochToDateTime(-62135596800))
"""


def test_the_help_page_result_in_france(tmp_path: Path) -> None:
    assert run_in_zone(tmp_path, SCRIPT, "Europe/Paris") == [
        "1501056581", "20170726100941000, 1705311000",
        "-62135596800, 00010101000921000"]


def test_utc_is_the_timestamp_itself(tmp_path: Path) -> None:
    assert run_in_zone(tmp_path, SCRIPT, "UTC") == [
        "1501063781", "20170726080941000, 1705314600",
        "-62135596800, 00010101000000000"]
