"""Deterministic runs: a fixed clock (`--now`), a Random seed (`--seed`) and a fixed time
zone (`--tz`), for `wl run`, `wl test` and the Python API alike.

The clock is frozen: Today/DateSys, Now/TimeSys and a new Date variable all see the given
instant for the whole run. Number and date formatting never depend on the host's locale.
"""
from __future__ import annotations

__all__ = ["parse_now", "determinism_options", "add_determinism_arguments",
           "options_from_args", "apply_timezone"]

import os
import re
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse
    import datetime

_NOW_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M",
                "%Y-%m-%d", "%Y%m%d%H%M%S", "%Y%m%d%H%M", "%Y%m%d")


def parse_now(text: str | datetime.datetime | datetime.date) -> datetime.datetime:
    """`2024-01-31 10:00` (or ISO, or WLanguage's YYYYMMDD[HHMMSS]) as a datetime."""
    import datetime  # only for --now: a run without it does without the module
    if isinstance(text, datetime.datetime):
        return text
    if isinstance(text, datetime.date):
        return datetime.datetime(text.year, text.month, text.day)
    for fmt in _NOW_FORMATS:
        try:
            return datetime.datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    raise ValueError(f"--now: cannot read {text!r} as a date and time "
                     f"(use e.g. \"2024-01-31 10:00\")")


def determinism_options(now: Any = None, seed: int | None = None) -> dict[str, Any]:
    """rt.options entries for a fixed clock and seed (only those given)."""
    options: dict[str, Any] = {}
    if now is not None:
        options["now"] = parse_now(now)
    if seed is not None:
        options["random_seed"] = int(seed)
    return options


def apply_timezone(tz: str | None) -> None:
    """Run in time zone `tz` (e.g. UTC, Europe/Paris): the process's local time."""
    if not tz:
        return
    if not re.fullmatch(r"[A-Za-z0-9_+\-/:]+", tz):
        raise ValueError(f"--tz: not a time zone name: {tz!r}")
    if _unknown_zone(tz):
        raise ValueError(f"--tz: unknown time zone {tz!r} (a name of the time zone "
                         "database, e.g. UTC or Europe/Paris)")
    os.environ["TZ"] = tz
    if hasattr(time, "tzset"):
        time.tzset()


def _unknown_zone(tz: str) -> bool:
    """Is `tz` a zone name (Europe/Pari, Paris: no offset, so no POSIX rule such as
    EST5EDT or UTC+3) that the system's time zone database lacks? The C library then ran
    in UTC without a word. False where there is no database to ask (Windows without
    the tzdata package)."""
    import zoneinfo
    name = tz.lstrip(":")
    if "/" not in name and any(c.isdigit() for c in name):
        return False  # a POSIX rule: the C library reads it itself
    try:
        zoneinfo.ZoneInfo(name)
        return False
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return any(os.path.isdir(folder) for folder in zoneinfo.TZPATH)


def add_determinism_arguments(p: argparse.ArgumentParser) -> None:
    group = p.add_argument_group("deterministic runs")
    group.add_argument("--now", metavar="DATETIME",
                       help='freeze the clock at DATETIME, e.g. "2024-01-31 10:00" '
                            "(Today, Now, DateSys, TimeSys)")
    group.add_argument("--seed", type=int, metavar="N", help="seed Random with N")
    group.add_argument("--tz", metavar="ZONE", help="time zone, e.g. UTC or Europe/Paris")


def options_from_args(args: argparse.Namespace, default_seed: int | None = None,
                      default_tz: str | None = None) -> dict[str, Any]:
    """Apply --tz and return the rt.options for --now/--seed."""
    apply_timezone(getattr(args, "tz", None) or default_tz)
    seed = getattr(args, "seed", None)
    return determinism_options(getattr(args, "now", None),
                               default_seed if seed is None else seed)
