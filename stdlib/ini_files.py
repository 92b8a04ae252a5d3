"""INI files: INIRead/INILit and INIWrite/INIEcrit, and the INI store used by
LoadParameter/SaveParameter (system.py).

The format is the Windows one: `[Section]` lines, `key=value` lines, `;` comments.
Section and key names are compared ignoring case, as Windows does; the file keeps the
spelling, order, comments and encoding it had (a byte-order mark, UTF-8 or UTF-16, gives
the encoding and stays; else UTF-8 when its bytes are UTF-8 with letters past ASCII, else
Windows-1252). INIWrite writes a new or pure-ASCII file in Windows-1252 ("ANSI"), as the
Windows profile API it stands on does; the parameters store keeps UTF-8.
`INIRead(section, "", ...)` lists the section's keys and `INIRead("", "", ...)` the
sections, one per line, as in PC SOFT's help.
"""
from __future__ import annotations

import os
from typing import Callable

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, TextArg
from .strings import text_arg
from wlinterp.runtime import values as V
from wlinterp.runtime.ansi_text import ansi_bytes, ansi_read
from wlinterp.runtime.state import Runtime

from .paths import failure, native_path
from .text_encodings import TEXT_BOMS

family = Family("INI files")



_ENCODING_NAMES = {"cp1252": "ANSI (Windows-1252)"}


class IniEncodingError(ValueError):
    """A value the INI file's encoding cannot hold; its text is the reason given."""


class IniText:
    """The lines of an INI file and how to find a section or a key in them."""

    def __init__(self, text: str = "", encoding: str = "utf-8", bom: bytes = b"") -> None:
        self.lines = text.splitlines()
        self.encoding = encoding
        self.bom = bom  # written back first: a file with a byte-order mark keeps it
        self.line_end = line_end_of(text)

    @classmethod
    def load(cls, path: str, plain: str = "utf-8") -> "IniText":
        """The file's content; an absent file is an empty INI. A byte-order mark (UTF-8,
        UTF-16 LE or BE) gives the encoding and is kept for the save. A file without one
        whose bytes are all ASCII, and a new file, will be written in `plain` (INIWrite:
        Windows-1252, as Windows writes an INI file; docs/builtins.md "INI files")."""
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except FileNotFoundError:
            return cls(encoding=plain)
        for bom, encoding in TEXT_BOMS:  # (the marks an INI file may start with)
            if raw.startswith(bom):
                return cls(raw[len(bom):].decode(encoding, errors="replace"), encoding, bom)
        if raw.isascii():
            return cls(raw.decode("ascii"), plain)
        try:
            return cls(raw.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            return cls(ansi_read(raw), "cp1252")  # (0x81... read as U+0081..., as Windows)

    def save(self, path: str, make_folder: bool = True) -> None:
        """Write the file; its folder is made when missing unless `make_folder` is False
        (INIWrite: Windows' WritePrivateProfileString makes none, and a file in a
        folder the program mistyped is a failure, not a folder created)."""
        folder = os.path.dirname(path)
        if folder and make_folder:
            os.makedirs(folder, exist_ok=True)
        text = self.line_end.join(self.lines) + self.line_end
        data = self.bom + self.encoded(text)
        with open(path, "wb") as f:
            f.write(data)

    def encoded(self, text: str) -> bytes:
        """The file's bytes. A character its encoding cannot hold (a Greek letter in a
        Windows-1252 file) refuses the write in words: Windows writes '?' for it, a
        value silently lost. The five bytes Windows-1252 leaves undefined (0x81, 0x8D,
        0x8F, 0x90, 0x9D) are U+0081... both ways, as Windows reads and writes them, so a
        file holding one keeps it and takes later writes (ansi_text.ansi_bytes)."""
        if self.encoding == "cp1252":
            ansi = ansi_bytes(text)
            if ansi is not None:
                return ansi
            raise self._refusal(next(c for c in text if ansi_bytes(c) is None))
        try:
            return text.encode(self.encoding)
        except UnicodeEncodeError as exc:
            raise self._refusal(exc.object[exc.start]) from None

    def _refusal(self, char: str) -> IniEncodingError:
        """The words refusing `char`, which the file's encoding cannot hold."""
        return IniEncodingError(
            f"the character {char!r} (U+{ord(char):04X}) cannot be written in this "
            f"{_ENCODING_NAMES.get(self.encoding, self.encoding)} INI file (a file "
            "starting with a UTF-16 byte-order mark takes any character)")

    @staticmethod
    def _section_name(line: str) -> str | None:
        s = line.strip()
        return s[1:-1].strip() if s.startswith("[") and s.endswith("]") else None

    def sections(self) -> list[str]:
        return [n for n in (self._section_name(line) for line in self.lines) if n is not None]

    def _span(self, section: str) -> tuple[int, int] | None:
        """(first line after the header, end) of a section; None if absent."""
        start = None
        for i, line in enumerate(self.lines):
            name = self._section_name(line)
            if name is None:
                continue
            if start is not None:
                return start, i
            if name.casefold() == section.casefold():
                start = i + 1
        return None if start is None else (start, len(self.lines))

    def _entries(self, section: str) -> list[tuple[int, str, str]]:
        span = self._span(section)
        if span is None:
            return []
        out = []
        for i in range(*span):
            line = self.lines[i]
            if "=" in line and not line.lstrip().startswith((";", "#")):
                key, _, value = line.partition("=")
                out.append((i, key.strip(), value.strip()))
        return out

    def keys(self, section: str) -> list[str]:
        return [k for _, k, _ in self._entries(section)]

    def get(self, section: str, key: str) -> str | None:
        for _, k, v in self._entries(section):
            if k.casefold() == key.casefold():
                return v
        return None

    def set(self, section: str, key: str, value: str) -> None:
        for i, k, _ in self._entries(section):
            if k.casefold() == key.casefold():
                self.lines[i] = f"{k}={value}"
                return
        span = self._span(section)
        if span is None:
            if self.lines and self.lines[-1].strip():
                self.lines.append("")
            self.lines += [f"[{section}]", f"{key}={value}"]
            return
        end = span[1]
        while end > span[0] and not self.lines[end - 1].strip():
            end -= 1
        self.lines.insert(end, f"{key}={value}")

    def delete_section(self, section: str) -> bool:
        """Remove a section, its header and its lines (blank lines before the next
        section's header included)."""
        span = self._span(section)
        if span is None:
            return False
        del self.lines[span[0] - 1:span[1]]
        return True

    def delete(self, section: str, key: str) -> bool:
        for i, k, _ in self._entries(section):
            if k.casefold() == key.casefold():
                del self.lines[i]
                return True
        return False


def line_end_of(text: str) -> str:
    """The line end a file is written with: its own first one (a file written on Linux or
    by Git with LF only stays so, a line added or changed included), CR LF for a new or
    one-line file, as Windows writes an INI file (*decided* 6 Dec 2026, INFERRED:
    docs/builtins.md "INI files"; every line was rewritten with CR LF)."""
    at = text.find("\n")
    if at < 0:
        return "\r" if "\r" in text.rstrip("\r") else "\r\n"
    return "\r\n" if at > 0 and text[at - 1] == "\r" else "\n"


def checked_name(fname: str, text: str, what: str) -> str:
    """Section and key names cannot hold line breaks or brackets (they would change the
    file's structure): refused as a non-fatal error."""
    if any(c in text for c in "\r\n\0") or (what == "key" and "=" in text):
        raise BuiltinFailure(f"{fname}: invalid {what} name {text!r}.", value=False)
    return text


def store_value(fname: str, path: str, section: str, key: str, text: str | None,
                shown: str = "", make_folder: bool = True, plain: str = "utf-8") -> bool:
    """Write one key of an INI file in place (comments, order and encoding kept), or
    remove it when `text` is None. A file that cannot be read or written is the
    function's non-fatal failure, naming it as `shown` (the path as the program wrote
    it; "": `path`); `plain` is the encoding of a new or pure-ASCII file."""
    return _edit(fname, path, lambda ini: ini.set(section, key, text) if text is not None
                 else ini.delete(section, key), shown, make_folder, plain)


def _edit(fname: str, path: str, change: "Callable[[IniText], object]",
          shown: str = "", make_folder: bool = True, plain: str = "utf-8") -> bool:
    """Load an INI file, apply `change`, save it; failures are non-fatal (False).
    `plain`: IniText.load's encoding for a new or pure-ASCII file."""
    try:
        ini = IniText.load(path, plain)
        change(ini)
        ini.save(path, make_folder)
    except IniEncodingError as exc:
        raise BuiltinFailure(f"{fname}: cannot write '{shown or path}': {exc}.",
                             value=False) from None
    except (OSError, ValueError) as exc:
        raise failure(fname, "write", shown or path, exc, False) from None
    return True


@family.function("INIRead", "INILit", can_fail=True)
def ini_read(rt: Runtime, section: TextArg, key: TextArg, default: object,
             path: TextArg) -> str:
    """The value of `key` in `section` (`default` when absent); with an empty key the
    section's keys, with an empty section too the sections, separated by CR. A value
    written between quotes (`Path="C:\\Program Files\\App"`) is given without them, as
    Windows reads an INI file (GetPrivateProfileString discards a value's enclosing
    single or double quotation marks), which WINDEV's INIRead stands on."""
    sec, k = text_arg(section, "INIRead"), text_arg(key, "INIRead")
    name = native_path(text_arg(path, "INIRead"))
    try:
        ini = IniText.load(name)
    except (OSError, ValueError) as exc:
        raise failure("INIRead", "read", V.to_str(path), exc, V.to_str(default)) from None
    if not sec:
        return "\r\n".join(ini.sections())
    if not k:
        return "\r\n".join(ini.keys(sec))
    found = ini.get(sec, k)
    if found is None:
        return V.to_str(default)
    quoted = len(found) >= 2 and found[0] == found[-1] and found[0] in "\"'"
    return found[1:-1] if quoted else found


# A new or pure-ASCII INI file is written in ANSI: Windows' WritePrivateProfileString,
# which WINDEV's INIWrite stands on, never makes a Unicode INI file (INFERRED,
# docs/builtins.md "INI files").
_ANSI = "cp1252"


@family.function("INIWrite", "INIEcrit", can_fail=True)
def ini_write(rt: Runtime, section: TextArg, key: TextArg, value: object, path: TextArg) -> bool:
    """Write `key=value` in `section` (both created if needed); True, or False and
    ErrorOccurred when the file cannot be written. As the help page (?3013039) gives
    it, an empty (or Null) key deletes the section; an empty (or Null) value deletes
    the key (INFERRED: the page says a key can be deleted, and the section's rule)."""
    name = native_path(text_arg(path, "INIWrite"))
    sec = checked_name("INIWrite", text_arg(section, "INIWrite"), "section")
    k = "" if key is None else checked_name("INIWrite", text_arg(key, "INIWrite"), "key")
    text = None if value is None else V.to_str(value)
    if text is not None and any(c in text for c in "\r\n"):
        raise BuiltinFailure("INIWrite: a value cannot hold a line break.", value=False)
    if not k:
        return _edit("INIWrite", name, lambda ini: ini.delete_section(sec), V.to_str(path),
                     False, _ANSI)
    return store_value("INIWrite", name, sec, k, text or None, V.to_str(path), False, _ANSI)
