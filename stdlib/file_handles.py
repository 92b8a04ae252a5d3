"""Files opened under a handle: fOpen/fOuvre, fCreate/fCrée, fClose/fFerme, fNomFichier,
and the table of open files that the handles' reads (handle_reads.py: fRead, fReadLine,
fSeek) and writes (handle_writes.py: fWrite, fWriteLine) look them up in.

Error convention (as PC SOFT's examples: `IF fOpen(...) = -1`): a file that cannot be
opened, read or written is a non-fatal error (the function returns -1, ErrorOccurred is
True, ErrorInfo says why). An unknown handle is a non-fatal error too.

Encodings, as WINDEV reads text files: a UTF-8 or UTF-16 byte-order mark decides; without
one a line is read as UTF-8 when it is valid UTF-8, else as ANSI (Windows-1252). foAnsi,
foUnicode (UTF-16 LE) and foUTF8 force one. fWriteLine writes text in the file's encoding
(UTF-8 by default; ANSI in an existing file without a mark whose bytes are not UTF-8, as
text_encodings.unmarked_encoding tells, so an ANSI log stays ANSI); fWrite writes bytes: a string of characters 0-255 (a buffer, or
Latin-1 text) is written byte for byte, anything else in the file's encoding; in a
UTF-8 or UTF-16 file (forced, or its byte-order mark) a string is text, written in it,
and a Buffer is bytes, written as they are (BytesArg: docs/builtins.md "Encodings").
fRead gives a file's text in a known encoding (its mode or mark), else its bytes.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import Any, BinaryIO, cast

from wlinterp.errors import BuiltinFailure
from wlinterp.native_paths import created
from wlinterp.registry import Family, NumberArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .paths import failure, native_path
from .pipe_streams import is_fifo, open_fifo
from .read_only import refuse_read_only
from .text_encodings import (ANSI_BIT, SNIFFED, TEXT_BOMS, UNICODE_BIT, UTF8_BIT,
                             forced_encoding, unmarked_encoding)
from .strings import text_arg

family = Family("File handles")

# VERIFIED in WINDEV Mobile's Android runtime (fOuvre decodes its mode: `mode & 3` 3 is
# read-write, 1 read-only; 256 creates a missing file, 512 empties or creates it, 2048
# writes at the end; fOuvre(f) is fOuvre(f, 3)): docs/builtins.md "Constant values".
FO_READ = family.constant("foRead", "foLecture", 1)
FO_WRITE = family.constant("foWrite", "foEcriture", 2)
FO_READ_WRITE = family.constant("foReadWrite", "foLectureEcriture", 3)
FO_ADD = family.constant("foAdd", "foAjout", 2048)
FO_CREATE = family.constant("foCreate", "foCréation", 512)
FO_CREATE_IF_NOT_EXIST = family.constant("foCreateIfNotExist", "foCréationSiInexistant", 256)
FO_ANSI = family.constant("foAnsi", "foAnsi", ANSI_BIT)
FO_UNICODE = family.constant("foUnicode", "foUnicode", UNICODE_BIT)
FO_UTF8 = family.constant("foUTF8", "foUTF8", UTF8_BIT)
# ?1410090211 (`<DiskFile>.Create`'s lock options, VERIFIED): the file is deleted when it
# is closed, or when the program ends; its value and French name are ours (UNVERIFIED)
FO_AUTOMATIC_DELETION = family.constant("foAutomaticDeletion", "foSuppressionAutomatique",
                                        0x1000)
FP_BEGINNING = family.constant("fpBeginning", "fpDébut", 0)
FP_CURRENT = family.constant("fpCurrent", "fpCourant", 1)
FP_END = family.constant("fpEnd", "fpFin", 2)
EOT = "\x04"

# file descriptors kept for wlinterp itself (modules imported late, sockets, databases)
_RESERVE = 64


@dataclass
class OpenFile:
    """One open file: the binary stream and the text encoding ('' = guess per line)."""

    path: str
    stream: BinaryIO
    encoding: str
    delete_on_close: bool = False  # foAutomaticDeletion
    written: str = ""  # the path as the program wrote it, for its errors ("": `path`)
    written_as: str = ""  # text's encoding when `encoding` is '': ANSI for an ANSI file

    @property
    def shown(self) -> str:
        """The file as its errors name it: as the program wrote it (docs/builtins.md
        "Windows paths on POSIX")."""
        return self.written or self.path


def _files(rt: Runtime) -> dict[int, OpenFile]:
    return rt.table("files", _close_all)


def _close_all(files: dict[int, OpenFile]) -> None:
    """Files still open when the program ends are closed (and deleted when opened with
    foAutomaticDeletion)."""
    for f in files.values():
        _close(f)


def _close(f: OpenFile) -> None:
    """Close the stream; a file opened with foAutomaticDeletion is deleted then."""
    f.stream.close()
    if f.delete_on_close and os.path.exists(f.path):  # (gone already: nothing to do)
        os.remove(f.path)


def is_open(rt: Runtime, handle: int) -> bool:
    """Whether `handle` names a file open now (a DiskFile's `.Delete` closes it first)."""
    return handle in _files(rt)


def written_path(rt: Runtime, handle: int) -> str:
    """The path of the open file `handle` as the program wrote it (a DiskFile's methods
    that take a path: `f.Size()` after `f = fOpen(path)`)."""
    return _files(rt)[handle].shown


def _handle(rt: Runtime, handle: object, fname: str) -> OpenFile:
    f = _files(rt).get(V.to_int(handle))
    if f is None:
        raise BuiltinFailure(f"{fname}: {V.to_str(handle)} is not an open file handle.",
                             value=-1)
    return f


def make_room(rt: Runtime, fname: str) -> None:
    """Refuse to open one more file when the program already holds as many as the system
    lets this process open, less a reserve: a loop that forgets fClose used every file
    descriptor, and the next thing wlinterp itself opened (a module, a message's text)
    failed with an internal error instead of the program's own non-fatal one."""
    held = len(_files(rt))
    if held >= _open_limit():
        raise BuiltinFailure(f"{fname}: {held} files are already open, as many as this "
                             "program may keep open; close those it no longer uses "
                             "(fClose).", value=-1)


def _open_limit() -> int:
    """The process's limit on open files less _RESERVE (no limit known: none here)."""
    try:
        import resource  # (POSIX only)
        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    except (ImportError, OSError, ValueError):
        return 1 << 30
    if soft == resource.RLIM_INFINITY:
        return 1 << 30
    return max(8, soft - _RESERVE)


def _register(rt: Runtime, path: str, stream: BinaryIO, encoding: str,
              mode: int = 0, written: str = "") -> int:
    files = _files(rt)
    handle = max(files, default=0) + 1
    files[handle] = OpenFile(path, stream, encoding, bool(mode & FO_AUTOMATIC_DELETION),
                             written)
    return handle


def _sniff(stream: BinaryIO, encoding: str) -> str:
    """Skip a byte-order mark at the start of the file; it decides the encoding."""
    if stream.tell() != 0 or not stream.readable():
        return encoding
    head = stream.read(3)
    for bom, enc in TEXT_BOMS:
        if head.startswith(bom):
            stream.seek(len(bom))
            return enc
    stream.seek(0)
    return encoding


@family.function("fOpen", "fOuvre", can_fail=True)
def f_open(rt: Runtime, path: TextArg, mode: object = FO_READ_WRITE,
           disk_mode: object = None) -> Any:
    """Open a file and return its handle (-1 on failure). foRead, foWrite, foReadWrite,
    foAdd (write at the end), foCreate (empty it), foCreateIfNotExist, plus an encoding.
    `fOpen(f, path [, mode])` with a DiskFile variable first (help ?3036036, its third
    syntax) opens the file into f and returns True, or False on failure."""
    if getattr(path, "wl_method_kind", None) == "diskfile":
        return _open_into(rt, path, mode, FO_READ_WRITE if disk_mode is None else disk_mode)
    make_room(rt, "fOpen")
    m = V.to_int(mode)
    name = native_path(text_arg(path, "fOpen"), new=bool(m & FO_CREATE))  # emptied: as written
    exists = os.path.exists(name) if "\0" not in name else False
    create = m & FO_CREATE or (m & FO_CREATE_IF_NOT_EXIST and not exists)
    py_mode = "w+b" if create else "r+b" if m & (FO_WRITE | FO_ADD) else "rb"
    if m & FO_READ and not m & (FO_WRITE | FO_ADD) and not create:
        py_mode = "rb"
    fifo = is_fifo(name)
    try:
        if py_mode != "rb":
            refuse_read_only(name)
        stream = open_fifo(name, bool(m & FO_READ), py_mode != "rb", V.to_str(path)) \
            if fifo else \
            cast(BinaryIO, open(name, py_mode))  # closed by fClose or at the end
    except (OSError, ValueError) as exc:
        raise failure("fOpen", "open", V.to_str(path), exc, -1) from None
    encoding = forced_encoding(m)
    if fifo:  # a stream: no mark sniffed, no move (pipe_streams.py)
        return _register(rt, name, stream, encoding, m, V.to_str(path))
    if create:
        _write_bom(stream, encoding)
    else:
        encoding = _sniff(stream, encoding)
    start = stream.tell()  # after a byte-order mark
    written_as = unmarked_encoding(stream.read(SNIFFED)) \
        if not encoding and py_mode == "r+b" else ""  # an ANSI file stays ANSI
    stream.seek(0, io.SEEK_END) if m & FO_ADD else stream.seek(start)
    handle = _register(rt, name, stream, encoding, m, V.to_str(path))
    _files(rt)[handle].written_as = written_as
    return handle


def _open_into(rt: Runtime, disk_file: Any, path: object, mode: object) -> bool:
    """`fOpen(MyFile, path, mode)`: the DiskFile variable designates the opened file."""
    try:
        disk_file.handle = f_open(rt, path, mode)
        disk_file.path = path  # (what its `.Delete` deletes)
    except BuiltinFailure as failed:
        disk_file.handle = -1
        failed.value = False
        raise
    return True


@family.function("fNomFichier", "fNomFichier", can_fail=True)
def f_file_name(rt: Runtime, handle: NumberArg) -> str:
    """The path of the file fOpen or fCreate opened under this handle, as wlinterp opened
    it (a Windows path mapped as docs/semantics.md says); an unknown handle is a non-fatal
    error and "" (no help page: INFERRED, docs/builtins.md "Introspection without a help
    page"). Its English name is unknown: fFileName is fExtractPath's constant."""
    try:
        return _handle(rt, V.to_int(handle), "fNomFichier").path
    except BuiltinFailure as failed:
        failed.value = ""
        raise


@family.function("fCreate", "fCrée", can_fail=True)
def f_create(rt: Runtime, path: TextArg, mode: object = 0) -> int:
    """Create (or empty) a file, open it for reading and writing, return its handle. With
    foUnicode or foUTF8 the file starts with the byte-order mark, as WINDEV writes it."""
    make_room(rt, "fCreate")
    name, m = native_path(text_arg(path, "fCreate"), new=True), V.to_int(mode)
    try:
        refuse_read_only(name)
        stream = open(name, "w+b")  # noqa: SIM115
    except (OSError, ValueError) as exc:
        raise failure("fCreate", "create", V.to_str(path), exc, -1) from None
    created(name)
    encoding = forced_encoding(m)
    _write_bom(stream, encoding)
    return _register(rt, name, stream, encoding, m, V.to_str(path))


def _write_bom(stream: BinaryIO, encoding: str) -> None:
    """A file created by fCreate, or by fOpen with foCreate (or foCreateIfNotExist when it
    did not exist), in foUnicode or foUTF8 starts with its byte-order mark."""
    for bom, enc in TEXT_BOMS:
        if enc == encoding:
            stream.write(bom)


@family.function("fClose", "fFerme", can_fail=True)
def f_close(rt: Runtime, handle: object) -> int:
    """Close a file; 0, or -1 for a handle that is not open."""
    f = _handle(rt, handle, "fClose")
    del _files(rt)[V.to_int(handle)]
    try:
        _close(f)
    except OSError as exc:
        raise failure("fClose", "close", f.shown, exc, -1) from None
    return 0
