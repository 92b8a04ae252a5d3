"""Time zones by name: DateTimeLocalToTimeZone/DateHeureLocaleVersFuseau and
DateTimeTimeZoneToLocal/DateHeureFuseauVersLocale.

A zone is named as the IANA time zone database names it ("Europe/Paris",
"America/New_York", "UTC"), read with Python's zoneinfo from the system's database;
names are matched without regard to case. "Local" is the run's time zone (`--tz`, else the
system's), as for DateTimeLocalToUTC. Each conversion uses the daylight saving time in
force at that date in each zone. No stored help page: names INFERRED from PC SOFT's
French list and the family's English pattern (DateTimeLocalToUTC); the parameter order
(the DateTime, then the zone) *decided*. An unknown zone name or a value that is no
DateTime is a fatal error, as DateTimeLocalToUTC's bad value.
"""
from __future__ import annotations

import datetime
import functools
import zoneinfo

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

family = Family("Time zones")


@functools.lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    """The database's zone names by their lower-case spelling."""
    return {name.lower(): name for name in zoneinfo.available_timezones()}


def _zone(name: object, fname: str) -> datetime.tzinfo:
    text = V.to_str(name).strip()
    if text.upper() in ("UTC", "GMT", "Z"):
        return datetime.timezone.utc
    found = _zone_names().get(text.lower())
    if found is None:
        raise WLRuntimeError(f"{fname}: {text!r} is not a time zone name (write it as the "
                             "IANA database does, e.g. \"Europe/Paris\").")
    return zoneinfo.ZoneInfo(found)


def _moment(value: object, fname: str) -> datetime.datetime:
    from wlinterp.runtime.datetimes import _to_dt
    try:
        return _to_dt(value)
    except WLRuntimeError as exc:
        raise WLRuntimeError(f"{fname}: {exc}") from None


def _text(moment: datetime.datetime) -> str:
    from wlinterp.runtime.datetimes import _dt_text
    return _dt_text(moment.replace(tzinfo=None))


@family.function("DateTimeLocalToTimeZone", "DateHeureLocaleVersFuseau")
def date_time_local_to_time_zone(rt: Runtime, value: object, zone: TextArg) -> str:
    """The DateTime that the zone's clocks show when the local clock shows `value`."""
    fname = "DateTimeLocalToTimeZone"
    target = _zone(zone, fname)
    try:
        return _text(_moment(value, fname).astimezone().astimezone(target))
    except (OverflowError, OSError, ValueError):
        raise WLRuntimeError(f"{fname}: {V.to_str(value)} cannot be converted.") from None


@family.function("DateTimeTimeZoneToLocal", "DateHeureFuseauVersLocale")
def date_time_time_zone_to_local(rt: Runtime, value: object, zone: TextArg) -> str:
    """The local DateTime when the zone's clocks show `value`."""
    fname = "DateTimeTimeZoneToLocal"
    source = _zone(zone, fname)
    try:
        return _text(_moment(value, fname).replace(tzinfo=source).astimezone())
    except (OverflowError, OSError, ValueError):
        raise WLRuntimeError(f"{fname}: {V.to_str(value)} cannot be converted.") from None
