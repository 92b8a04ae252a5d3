"""Geographic positions and their arithmetic: the geoPosition type (Latitude, Longitude,
Altitude), geoDistance/geoDistance and geoAzimuth/geoAzimut.

No stored help page gives these (searched in English and French): the French names are
PC SOFT's list's, the English ones and every rule INFERRED (docs/builtins.md, "Geographic
positions"). Positions are WGS84 degrees, north and east positive. The distance is the
great-circle distance on a sphere of the Earth's mean radius, in metres; the azimuth is
the initial bearing from the first position to the second, in degrees clockwise from
north, 0 to 360 excluded. The GPS functions (geoSuivi*, geoLanceAppli,
geoRécupèreAdresse) need a device or a geocoding service: catalogued as refused.
"""
from __future__ import annotations

import math
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

family = Family("Geographic positions")

EARTH_RADIUS = 6_371_008.8  # metres: the mean radius (IUGG), decided
_PROPS = {"latitude": "latitude", "longitude": "longitude", "altitude": "altitude"}


class WLGeoPosition:
    """A geoPosition variable: degrees of latitude and longitude, metres of altitude."""

    __slots__ = ("latitude", "longitude", "altitude")
    wl_type_name = "geoPosition"

    def __init__(self) -> None:
        self.latitude = self.longitude = self.altitude = 0.0

    def wl_get(self, name: str) -> object:
        return getattr(self, _attr(name))

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        attr = _attr(name)
        number = float(V.to_num(value))
        limit = {"latitude": 90, "longitude": 180}.get(attr)
        if limit is not None and not -limit <= number <= limit:
            raise WLRuntimeError(f"geoPosition: {attr.capitalize()} must be between -{limit} "
                                 f"and {limit} "
                                 f"degrees, not {V.to_str(value)}.")
        setattr(self, attr, number)

    def copy(self) -> "WLGeoPosition":
        twin = WLGeoPosition()
        twin.latitude, twin.longitude, twin.altitude = (self.latitude, self.longitude,
                                                        self.altitude)
        return twin


def _attr(name: str) -> str:
    attr = _PROPS.get(fold(name))
    if attr is None:
        raise WLRuntimeError(f"A geoPosition variable has no property '{name}' (wlinterp "
                             f"has Latitude, Longitude and Altitude).")
    return attr


def _new(rt: Any) -> WLGeoPosition:
    return WLGeoPosition()


family.type("geoPosition", "geoPosition", _new)


def _radians(position: object, function: str) -> tuple[float, float]:
    if not isinstance(position, WLGeoPosition):
        raise WLRuntimeError(f"{function}: a geoPosition variable is expected.")
    return math.radians(position.latitude), math.radians(position.longitude)


@family.function("geoDistance", "geoDistance")
def geo_distance(rt: Runtime, first: object, second: object) -> float:
    """The great-circle distance in metres between two positions (haversine)."""
    (la1, lo1), (la2, lo2) = _radians(first, "geoDistance"), _radians(second, "geoDistance")
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * EARTH_RADIUS * math.asin(min(1.0, math.sqrt(h)))


@family.function("geoAzimuth", "geoAzimut")
def geo_azimuth(rt: Runtime, first: object, second: object) -> float:
    """The initial bearing from the first position to the second, degrees clockwise
    from north in [0, 360); 0 for two equal positions."""
    (la1, lo1), (la2, lo2) = _radians(first, "geoAzimuth"), _radians(second, "geoAzimuth")
    y = math.sin(lo2 - lo1) * math.cos(la2)
    x = math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(lo2 - lo1)
    return math.degrees(math.atan2(y, x)) % 360.0
