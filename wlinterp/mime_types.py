"""A MIME type as a script writes one (an emailAttach's ContentType, HTTPAddFile's type):
RFC 2045 5.1's `type/subtype`, then parameters (`; name=value`, the value a token or a
quoted string on one line), as `text/calendar; method=REQUEST` an invitation needs.

One place, so that the e-mail and HTTP families accept the same texts and refuse the
same ones: a line break in a type given to HTTPAddFile went into the multipart part's
headers as it was (a header of the script's choosing, `X-Evil: 1`).
"""
from __future__ import annotations

__all__ = ["is_mime_type", "normalised", "split_mime_type", "MIME_TYPE_EXAMPLE"]

from .lazy_regex import lazy_compile

_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_PARAMETER = rf'[ \t]*;[ \t]*{_TOKEN}=(?:{_TOKEN}|"[^"\\\x00-\x1f\x7f]*")'
_MIME_TYPE = lazy_compile(rf"{_TOKEN}/{_TOKEN}(?:{_PARAMETER})*[ \t]*;?")
_ONE_PARAMETER = lazy_compile(rf'({_TOKEN})=({_TOKEN}|"[^"]*")')

MIME_TYPE_EXAMPLE = "type/subtype, as application/pdf, then parameters if any, as " \
    "'; method=REQUEST'"
"""What a refusal says a MIME type is."""


def is_mime_type(text: str) -> bool:
    """Whether `text` (blanks around it ignored) is a MIME type with its parameters."""
    return bool(_MIME_TYPE.fullmatch(text.strip()))


def normalised(text: str) -> str:
    """A MIME type `is_mime_type` accepted, its type and subtype in lower case (RFC 2045:
    they ignore case), its parameters as written."""
    kind, semicolon, rest = text.strip().partition(";")
    return kind.strip().lower() + semicolon + rest


def split_mime_type(text: str) -> tuple[str, str, dict[str, str]]:
    """(maintype, subtype, parameters) of a type `is_mime_type` accepted; a quoted value
    unquoted (the writer quotes what needs it)."""
    kind, _, rest = text.partition(";")
    maintype, subtype = kind.strip().split("/", 1)
    params = {name.lower(): value.strip('"')
              for name, value in _ONE_PARAMETER.findall(rest)}
    return maintype, subtype, params
