"""RTFToText/RTFVersTexte: the text of an RTF document, without its formatting; and
TextToRTF/TexteVersRTF, plain text as an RTF document.

Real code calls it on the value of a rich-text control; here the argument is a string
holding RTF. No stored help page gives its rules (names: the public list of WLanguage's
French function names has RTFVersTexte; the English name is read by analogy with
HTMLToText). *Decided* (docs/builtins.md, "Coverage on real code"): `\\par` and `\\line`
become CR (WLanguage's line break, "\\r\\n"), `\\tab` a tab, `\\'hh` the Windows-1252
character of that byte, `\\uN` the Unicode character N (and the `\\ucN` replacement
characters after it are skipped), `\\\\`, `\\{` and `\\}` themselves; the groups that are
not text (font, colour and style tables, document information, pictures, `{\\*...}`) are
dropped, every other control word is ignored; line breaks at the end are removed. A
string that does not start with `{\\rtf` is returned as it is.
"""
from __future__ import annotations

import re

from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from .strings import text_arg

family = Family("RTF text")

_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)"
                    r"|[\r\n]+", re.S)
_SKIPPED = frozenset({"fonttbl", "colortbl", "stylesheet", "info", "pict", "header",
                      "footer", "headerl", "headerr", "footerl", "footerr", "listtable",
                      "listoverridetable", "rsidtbl", "generator", "themedata",
                      "colorschememapping", "latentstyles", "datastore", "xmlnstbl",
                      "object", "fldinst"})
_CHARS = {"par": "\r\n", "line": "\r\n", "tab": "\t", "emdash": "\u2014",
          "endash": "\u2013", "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019",
          "ldblquote": "\u201c", "rdblquote": "\u201d", "~": "\u00a0"}


def rtf_to_text(rtf: str) -> str:
    """The text of `rtf` (see the module docstring)."""
    out: list[str] = []
    stack: list[tuple[bool, int]] = []  # (skipping, \ucN) of the enclosing groups
    skipping, uc, pending, group_start = False, 1, 0, False
    for m in _TOKEN.finditer(rtf):
        word, arg, hexa, symbol, brace, text = m.groups()
        if brace == "{":
            stack.append((skipping, uc))
            group_start = True
            continue
        if brace == "}":
            skipping, uc = stack.pop() if stack else (skipping, uc)
            pending, group_start = 0, False
            continue
        starts, group_start = group_start, False
        if symbol == "*" and starts:
            skipping = True
            continue
        if word is not None and starts and word in _SKIPPED:
            skipping = True
        if skipping:
            continue
        if word is not None:
            if word == "uc" and arg is not None:
                uc = int(arg)
            elif word == "u" and arg is not None:
                out.append(chr(int(arg) % 65536))
                pending = uc
            elif word in _CHARS:
                out.append(_CHARS[word])
            continue
        piece = (bytes([int(hexa, 16)]).decode("cp1252", "replace") if hexa is not None
                 else _CHARS.get(symbol, symbol) if symbol is not None else text)
        if piece is None:
            continue  # a line break in the RTF source: not text
        while pending and piece:  # the replacement characters after \uN
            piece, pending = piece[1:], pending - 1
        out.append(piece)
    text = "".join(out).rstrip("\r\n")
    # a character beyond the BMP is written as two \u (its UTF-16 surrogates): joined
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


@family.function("RTFToText", "RTFVersTexte")
def rtf_to_text_builtin(rt: Runtime, rtf: TextArg) -> str:
    """The text of an RTF document without its formatting ("" for ""); a string that is
    not RTF is returned as it is."""
    source = text_arg(rtf, "RTFToText")
    return rtf_to_text(source) if source.lstrip().startswith("{\\rtf") else source


def _rtf_char(c: str) -> str:
    """One character of plain text as RTF writes it."""
    if c in "\\{}":
        return "\\" + c
    if c == "\t":
        return "\\tab "
    if " " <= c <= "~":
        return c
    try:
        byte = c.encode("cp1252")
    except UnicodeEncodeError:
        units = c.encode("utf-16-le")  # beyond the BMP: two \u, one per surrogate
        codes = [int.from_bytes(units[i:i + 2], "little") for i in range(0, len(units), 2)]
        return "".join(f"\\u{n - 65536 if n > 32767 else n}?" for n in codes)
    return f"\\'{byte[0]:02x}" if byte[0] >= 0x80 else ""  # other control characters: dropped


@family.function("TextToRTF", "TexteVersRTF")
def text_to_rtf(rt: Runtime, text: TextArg) -> str:
    """Plain text as an RTF document: `\\`, `{` and `}` escaped, each line break (CR+LF,
    LF or CR) a `\\par`, a tab `\\tab`, Windows-1252 characters as `\\'hh` and the others
    as `\\uN` (INFERRED: no stored page; RTFToText reads it back to the same text)."""
    lines = text_arg(text, "TextToRTF").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body = "\\par\n".join("".join(map(_rtf_char, line)) for line in lines)
    return "{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n" + body + "\n}"
