"""Reading a source file as text: bounded in size, its encoding decided per file.

WINDEV users save in ANSI (Windows-1252), Notepad's "Unicode" and PowerShell 5 save
UTF-16 with a byte order mark, everything else saves UTF-8. The rule, in order:

1. a byte order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
1b. else a file with a NUL in every other byte (and none in the others) is UTF-16 saved
   without its mark (LE or BE by where the NULs are), with a warning: code never holds
   a NUL, and read as UTF-8 it stopped at the first one ("unexpected character '\\x00'");
2. else the file is read as UTF-8 if it is valid UTF-8;
3. else, if it holds valid multi-byte UTF-8 sequences elsewhere, it is UTF-8 with a few
   stray ANSI bytes: each invalid byte is read as Windows-1252 (no mojibake for the rest);
4. else it is ANSI: Windows-1252.

Whenever 3 or 4 (or a damaged UTF-16/32 file) applies, one warning says which encoding
was assumed and where the first byte that is not UTF-8 is. A file larger than
MAX_SOURCE_BYTES (or an endless device such as /dev/zero) is refused as unreadable
rather than exhausting memory. `read_source` and `read_stdin_source` read a script so
(`wl run`, `wl check`, a project's files), a `#!` first line blanked.
"""
from __future__ import annotations

__all__ = ["ANSI_BYTE", "MAX_SOURCE_BYTES", "decode_source", "encoding_warnings_printed", "read_source_bytes", "read_stream_bytes",
           "too_large", "stream_lines", "read_source", "read_stdin_source", "strip_shebang"]

import codecs
import errno
import os
import stat
import sys
from typing import BinaryIO, Callable, Iterator, TextIO
from .lazy_regex import lazy_compile

MAX_SOURCE_BYTES = 64 * 1024 * 1024
"""Largest source file read (64 MiB): WINDEV's biggest generated files are a few MB."""

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16")]
_UTF8_MULTIBYTE = lazy_compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|"
                             rb"[\xf0-\xf4][\x80-\xbf]{3}")


PIPE_WAIT_SECONDS = 10.0
"""How long a named pipe (FIFO) may stay silent before its reading gives up."""


def read_source_bytes(path: str, limit: int = MAX_SOURCE_BYTES,
                      wait: float = PIPE_WAIT_SECONDS) -> bytes:
    """The file's bytes; OSError(EFBIG) past `limit` (read at most limit + 1 bytes). A
    named pipe is read by _read_pipe (a silence over `wait` seconds is an OSError)."""
    if _is_pipe(path):
        return _read_pipe(path, limit, wait)
    with open(path, "rb") as handle:
        return read_stream_bytes(handle, path, limit)


def _is_pipe(path: str) -> bool:
    try:
        return stat.S_ISFIFO(os.stat(path).st_mode)
    except OSError:
        return False  # (open() says why)


def _read_pipe(path: str, limit: int, wait: float) -> bytes:
    """A FIFO's bytes (`wl check <(git show HEAD:x.wl)`), given up with an OSError when
    nothing comes for `wait` seconds: `wl check FIFO` with no writer blocked for ever in
    open(), and `wl check` has no --timeout. Opened without blocking, then select waits
    for the writer's bytes (Linux reports no end of file before a first writer came)."""
    import select  # (only here: a run of a file does without it)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        chunks: list[bytes] = []
        size = 0
        while True:
            if not select.select([fd], [], [], wait)[0]:
                raise OSError(errno.ETIMEDOUT, f"nothing written to the pipe for {wait:g} s",
                              path)
            try:
                chunk = os.read(fd, 1 << 16)
            except BlockingIOError:
                continue
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > limit:
                raise too_large(path, limit)
            chunks.append(chunk)
    finally:
        os.close(fd)


def read_stream_bytes(stream: BinaryIO, name: str, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """An open stream's bytes (a file, standard input); OSError(EFBIG) past `limit`, so
    that `/dev/zero` piped into `wl run -` is refused instead of filling the memory."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(name, limit)
    return data


def too_large(name: str, limit: int = MAX_SOURCE_BYTES) -> OSError:
    """The error of a source over `limit` bytes (or characters)."""
    return OSError(errno.EFBIG, f"larger than {limit // (1024 * 1024)} MiB, so not read "
                                "as a WLanguage source", name)


def _ansi_byte(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler: an invalid UTF-8 byte is read as Windows-1252."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.start + 1]
    return bad.decode("cp1252", errors="replace"), error.start + 1


ANSI_BYTE = "wl-ansi-byte"  # errors= of bytes.decode: UTF-8, a stray byte as Windows-1252
codecs.register_error(ANSI_BYTE, _ansi_byte)


def decode_source(data: bytes, name: str, warn: Callable[[str], None] | None = None) -> str:
    """Text of a source file (see the module docstring); `warn` gets the one warning."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            if "\ufffd" in text and warn:
                label = encoding.replace("-sig", "").upper()
                warn(f"{name}: warning: the file starts with a {label} byte order mark but "
                     f"is not valid {label}; damaged characters are shown as \ufffd")
            return text
    unmarked = _utf16_without_bom(data)
    if unmarked is not None:
        if warn:
            warn(f"{name}: warning: the file is UTF-16 {unmarked[-2:].upper()} without a "
                 "byte order mark; it is read so (save it as UTF-8, or UTF-16 with its "
                 "mark, to remove this warning)")
        return data.decode(unmarked)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        where = _position(data, error.start)
        byte = data[error.start]
    if _UTF8_MULTIBYTE.search(data):
        if warn:
            warn(f"{name}:{where}: warning: a byte that is not UTF-8 (0x{byte:02X}) in a file "
                 "that has UTF-8 characters; such bytes are read as Windows-1252 (ANSI)")
        return data.decode("utf-8", errors=ANSI_BYTE)
    if warn:
        warn(f"{name}:{where}: warning: the file is not UTF-8 (byte 0x{byte:02X}); it is read as "
             "Windows-1252 (ANSI), as WINDEV saves; save it as UTF-8 to remove this warning")
    return data.decode("cp1252", errors="replace")


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when `data` (no byte order mark) reads as UTF-16 with
    at least a third of its characters ASCII (a NUL beside each) and no NUL elsewhere;
    else None. Cheap for any other file: it stops at once without a NUL."""
    if b"\x00" not in data or len(data) % 2:
        return None
    for nuls, other, encoding in ((data[1::2], data[0::2], "utf-16-le"),
                                  (data[0::2], data[1::2], "utf-16-be")):
        if b"\x00" not in other and nuls.count(0) * 3 >= len(nuls):
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _position(data: bytes, offset: int) -> str:
    """`line:column` (1-based, columns in bytes) of a byte offset."""
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


def stream_lines(stream: TextIO, name: str, warn: Callable[[str], None],
                 limit: int = MAX_SOURCE_BYTES) -> Iterator[str]:
    """The lines of a text stream read as they come (the REPL's piped input), decided as a
    file is: a byte order mark at the start decides, else each line is UTF-8 with its
    stray bytes read as Windows-1252 (one warning). A stream without bytes (a test's
    StringIO) is read as it is. OSError(EFBIG) for a line over `limit` bytes."""
    raw = getattr(stream, "buffer", None)
    if raw is None:
        yield from (line.rstrip("\r\n") for line in stream)
        return
    head = raw.peek(4)[:4] if hasattr(raw, "peek") else b""
    marked = next((encoding for bom, encoding in _BOMS if head.startswith(bom)), None)
    if marked is not None:
        import io
        text = io.TextIOWrapper(raw, encoding=marked, errors="replace", newline="")
        yield from (line.rstrip("\r\n") for line in text)
        return
    warned = False
    while line := raw.readline(limit + 1):
        if len(line) > limit:
            raise too_large(name, limit)
        try:
            yield line.decode("utf-8").rstrip("\r\n")
            continue
        except UnicodeDecodeError:
            pass
        if not warned:
            warned = True
            warn(f"{name}: warning: input that is not UTF-8 is read as Windows-1252 (ANSI), "
                 "byte by byte")
        yield line.decode("utf-8", errors=ANSI_BYTE).rstrip("\r\n")


_WARNED_ENCODING: set[str] = set()
_PRINTED = [0]  # encoding warnings printed on stderr so far in this process


def encoding_warnings_printed() -> int:
    """How many encoding warnings `read_source` / `read_stdin_source` printed so far:
    `wl check` counts those of its run in its summary's "N warning(s)" (it printed them
    on stderr, and its count said fewer)."""
    return _PRINTED[0]


def read_source(path: str, check: Callable[[str], object] | None = None,
                quiet: bool = False) -> str:
    """A source file as text (source_text.py: size bound, BOMs, strict UTF-8, else ANSI
    with one warning on stderr per file and run). The warning names the file as errors
    do (relative to the current folder when below it): a project's files are read by
    absolute path. `check` (a .wdg/.wdc's text-format test) runs on the text before the
    warning is printed: a file it refuses by raising (random bytes, a binary IDE file
    beside a script) gets no warning about its bytes as well; nor does a WINDEV file
    (`.wdg`, `.wdc`, `.wdw`...) not in text format, read without `check`: every reader
    refuses it as such, and `wl check DIR` and `wl run` beside it first warned of its
    random bytes as ANSI text. `quiet` (a file read only to learn its names: `wl check`'s
    neighbours) keeps the warning until `report_encoding` says the file is loaded."""
    from .paths import shown_path
    key = os.path.realpath(path)
    held: list[str] = []
    from .errors import shown_name
    text = strip_shebang(decode_source(read_source_bytes(path), shown_name(shown_path(path)),
                                       held.append))
    if check is not None:
        check(text)
    elif held and _binary_windev(path, text):
        held = []
    if quiet:
        _HELD.update({key: held[0]} if held else {})
        return text
    for message in held:
        _print_once(key, message)
    return text


_HELD: dict[str, str] = {}  # real path -> the warning a quiet read kept


def report_encoding(path: str) -> None:
    """Print the encoding warning a quiet `read_source` of `path` kept, once: `wl check
    main.wl` reports the files main.wl loads (docs/cli.md, "What a check reports"), not
    a neighbour it only read for its names."""
    key = os.path.realpath(path)
    message = _HELD.pop(key, None)
    if message is not None:
        _print_once(key, message)


def _print_once(key: str, message: str) -> None:
    """Print a file's encoding warning unless it was printed already in this process."""
    if key not in _WARNED_ENCODING:
        _WARNED_ENCODING.add(key)
        _PRINTED[0] += 1
        print(message, file=sys.stderr)


def _binary_windev(path: str, text: str) -> bool:
    """Is `path` a WINDEV file whose text is not in text format (binary, random bytes)?"""
    from .syntax.winfile import is_text_format, is_windev_file
    return is_windev_file(path) and not is_text_format(text)


def read_stdin_source() -> str:
    """Standard input as a source, decided as a file is (size bound, BOMs, UTF-8, else
    ANSI with one warning): read as text by Python's locale, an ANSI byte became '?' and
    UTF-16 failed on its first NUL. "" when there is no standard input (some CI runners);
    a text stream without bytes (a test's StringIO) is read as it is, within the bound."""
    stream = sys.stdin
    if stream is None:
        return ""
    raw = getattr(stream, "buffer", None)
    if raw is None:
        text = stream.read(MAX_SOURCE_BYTES + 1)
        if len(text) > MAX_SOURCE_BYTES:
            raise too_large("<stdin>")
        return strip_shebang(text)

    def warn(message: str) -> None:
        _PRINTED[0] += 1
        print(message, file=sys.stderr)
    return strip_shebang(decode_source(read_stream_bytes(raw, "<stdin>"), "<stdin>", warn))


def strip_shebang(text: str) -> str:
    """Blank a `#!...` first line (`#!/usr/bin/env wl`), keeping the line count so that
    positions stay right."""
    if text.startswith("#!"):
        end = text.find("\n")
        return "" if end < 0 else text[end:]
    return text
