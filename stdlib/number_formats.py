"""NumToString's format text, read (`[align][sign][0][width][.precision]type[S]`,
?3024024): the grammar the help gives, and what a format outside it gives. WINDEV's
compiler does not read format texts, so real code ships formats outside the grammar
(`NumériqueVersChaîne(nMontant, "2d,2")`): they are read as PC SOFT's own runtime reads
them (docs/builtins.md "NumToString formats outside the grammar"), and `wl check` warns
(WL223) instead of refusing the program. One module so that the run and the check read
a format the same way."""
from __future__ import annotations

__all__ = ["FORMAT_RE", "format_read", "format_refused", "format_check"]

import re

FORMAT_RE = re.compile(r"(?P<align>[-=]?)(?P<sign>\+?)(?P<zero>0?)(?P<width>[0-9]*)"
                       r"(?:(?P<point>[.,])(?P<prec>[0-9]*))?(?P<type>[dfeExXob]?)(?P<sep>S?)")
_FLAGS = re.compile(r"[-=]?\+?0?")
_DIGITS = re.compile(r"[0-9]*")
_TYPES = "dfeExXob"


def format_read(spec: str) -> str | None:
    """The format NumToString applies for `spec`: `spec` itself when it follows the
    grammar; else read as PC SOFT's runtime reads one (the WEBDEV browser runtime's
    sNumeriqueVersChaine, the one whose source is public; INFERRED for WINDEV's): the
    flags at the start, a final `S`/`s`, the type as the last character left, the width
    as the digits starting what lies between, the precision as the digits after its first
    `.` or `,` (`"%.2f"` is read `".2f"`, `"5ds"` `"5dS"`). None when the last character
    is no type (`"2d,2"`, `"# ##0,00"`): that runtime then gives an empty string."""
    if FORMAT_RE.fullmatch(spec):
        return spec
    flags = _FLAGS.match(spec).group(0)  # type: ignore[union-attr]
    rest = spec[len(flags):]
    sep = "S" if rest[-1:] in ("S", "s") else ""
    rest = rest[:-1] if sep else rest
    kind = rest[-1:]
    if not kind or kind not in _TYPES:
        return None
    middle = rest[:-1]
    width = _DIGITS.match(middle).group(0)  # type: ignore[union-attr]
    points = [at for at in (middle.find("."), middle.find(",")) if at >= 0]
    precision = ""
    if points:
        at = min(points)
        precision = middle[at] + _DIGITS.match(middle, at + 1).group(0)  # type: ignore[union-attr]
    return f"{flags}{width}{precision}{kind}{sep}"


def format_refused(spec: str, written: str) -> str | None:
    """The run's error for a format read (`spec`, from the text `written`) whose width or
    precision is past what NumToString builds, None when it builds it."""
    m = FORMAT_RE.fullmatch(spec)
    if m is not None and (len(m["prec"] or "") > 5 or len(m["width"] or "") > 5
                          or int(m["prec"] or 0) > 30 or int(m["width"] or 0) > 10000):
        return (f"NumToString: invalid format '{written}' (precision at most 30, width at "
                f"most 10000).")
    return None


def format_check(written: str) -> tuple[bool, str] | None:
    """What `wl check` says of a literal format (`wl_literal_checks`): (True, the run's
    error) for one past the limits, which stops the run (WL115); (False, what the run does
    with it) for one outside ?3024024's grammar, which the compiler takes (the warning
    WL223); None for a format of the grammar ("" too: the default text)."""
    if not written:
        return None
    spec = format_read(written)
    if spec is None:
        return (False, f"NumToString: the format '{written}' does not end with a type (d, f, "
                f"e, x, o or b): NumToString gives an empty string")
    refused = format_refused(spec, written)
    if refused is not None:
        return True, refused.rstrip(".")
    if spec != written:
        return (False, f"NumToString: the format '{written}' is not written as ?3024024 "
                f"gives: it is read as '{spec}'")
    return None
