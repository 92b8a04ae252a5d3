"""The UUID type (help page ?1514083): `v is UUID` holds a 128-bit identifier,
Nil_UUID until assigned; a value assigned is read as a UUID ("8-4-4-4-12", "{...}" or
the 32 digits alone) and kept in the standard form, lower-case "8-4-4-4-12", as
GetGUID's page (?1000018857) shows `MyUUID = GetGUID()` holding it.

Held as its text (a plain string), so Trace, comparisons and string functions see the
standard form; *decided*: TypeVar gives wlString (no stored page names a wlUUID), and a
value that is no UUID is a fatal error naming it (the page: conversions "detect
operations that make no sense"). A 256-bit UUID (`v is 256-bit UUID`, `UUID on 256`)
is kept as its 64 lower-case hexadecimal digits, as GetGUID(guidRough256) writes it;
Nil_UUID256 is 64 zeros (INFERRED: the page names the constant, not its text).
"""
from __future__ import annotations

import re

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

family = Family("UUID type")

NIL_UUID = family.constant("Nil_UUID", "Nil_UUID", "00000000-0000-0000-0000-000000000000")
NIL_UUID256 = family.constant("Nil_UUID256", "Nil_UUID256", "0" * 64)
_HEX32 = re.compile(r"[0-9a-fA-F]{32}")
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")


def uuid_text(value: object) -> str:
    """`value` as a UUID's standard text: lower-case 8-4-4-4-12; "" and Null give
    Nil_UUID."""
    if value is None:
        return NIL_UUID
    text = V.to_str(value).strip()
    if not text:
        return NIL_UUID
    digits = text[1:-1] if text.startswith("{") and text.endswith("}") else text
    plain = digits.replace("-", "")
    dashes_ok = "-" not in digits or [len(p) for p in digits.split("-")] == [8, 4, 4, 4, 12]
    if not dashes_ok or not _HEX32.fullmatch(plain):
        raise WLRuntimeError(f"'{text}' is not a UUID: a UUID is written "
                             f"\"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\", between braces or "
                             f"not, or as its 32 hexadecimal digits.")
    p = plain.lower()
    return f"{p[:8]}-{p[8:12]}-{p[12:16]}-{p[16:20]}-{p[20:]}"


def uuid256_text(value: object) -> str:
    """`value` as a 256-bit UUID's text: its 64 hexadecimal digits, lower case; "" and
    Null give Nil_UUID256."""
    text = "" if value is None else V.to_str(value).strip()
    if not text:
        return NIL_UUID256
    if not _HEX64.fullmatch(text):
        raise WLRuntimeError(f"'{text}' is not a 256-bit UUID: it is written as its 64 "
                             f"hexadecimal digits.")
    return text.lower()


def _new(rt: Runtime) -> str:
    """A fresh UUID variable: Nil_UUID (?1514083, "Empty UUID")."""
    return NIL_UUID


def _new256(rt: Runtime) -> str:
    """A fresh 256-bit UUID variable: Nil_UUID256."""
    return NIL_UUID256


setattr(_new, "wl_from_value", uuid_text)
setattr(_new256, "wl_from_value", uuid256_text)
# `UUID`, `128-bit UUID`, `UUID on 128` (the page's two versions) are one type; a phrase of
# several words is looked up with its words joined (runtime/type_phrases.py).
family.type("UUID", "UUID", _new, "128-bitUUID", "UUIDon128", "UUIDsur128")
family.type("256-bit UUID", "UUID sur 256", _new256, "256-bitUUID", "UUIDon256",
            "UUIDsur256")
