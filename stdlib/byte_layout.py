"""The bytes of a variable as `Transfer` / `Transfert` copies them (stdlib/memory_transfer.py).

wlinterp keeps values, not memory, so these bytes are a layout decided from the declared
types (docs/semantics.md "`Transfer(&destination, &source, n)`", INFERRED): a structure
is its members' bytes one after the other in declaration order, with no padding between
them, as a real WINDEV 28 project computes its structure's size (`chaîne sur 3`, `entier
sur 4`, `tableau fixe de 1 entier sur 2`, `chaîne sur 3`: "(1*(4))+(1*(2)) + 6", 12 bytes);
an `int on N` is N bytes little-endian (signed unless `unsigned`), a real 8 bytes (4 for
`real on 4 bytes`) IEEE 754, a `string on N` N bytes of ANSI (Windows-1252) text completed
with binary zeros (a `fixed string on N`: with spaces, as it holds them), a `Buffer on N`
N bytes, a Character 1 byte, a boolean 1 byte (0 or 1), a fixed array its elements'
bytes in order (the sizes: runtime/declared_sizes.py, as Dimension gives them). A type
whose bytes no stored page documents (a currency, a numeric, a date) or that WINDEV holds
by reference (a dynamic string or array inside a structure) is refused in words naming
the member: guessing would fill the structure silently wrong.
"""
from __future__ import annotations

__all__ = ["LayoutError", "bytes_of", "size_of", "read_into"]

import struct

from wlinterp.runtime.ansi_text import ansi_read
from wlinterp.runtime.containers import WLArray, WLStruct
from wlinterp.runtime.declared_sizes import declared_bytes
from wlinterp.runtime.kinds import K_ARRAY, K_BOOLEAN, K_INT, K_REAL, K_STRING, K_STRUCT
from wlinterp.runtime.types import FIXED_ARRAY, TypeContext, TypeSpec
from wlinterp.runtime import values as V

_FIXED_TEXTS = ("fixed", "padded", "asciiz", "character", "buffer")
# the simple kinds whose bytes are known (their sizes: runtime/declared_sizes.py); a
# currency's 10 bytes and a numeric's are not documented byte by byte
_COPIED_KINDS = (K_INT, K_REAL, K_BOOLEAN, K_STRING)


class LayoutError(Exception):
    """A type whose bytes are not known: its text names the place and the type."""


def size_of(spec: TypeSpec, value: object, where: str) -> int:
    """How many bytes a place of `spec` holding `value` takes."""
    if isinstance(value, WLStruct):
        _plain_structure(value, where)
        return sum(size_of(t, value.values.get(m), f"{where}.{shown}")
                   for m, shown, t in value.sdef.members)
    if spec.kind == K_ARRAY:
        elem, count = _fixed_array(spec, value, where)
        items = value.items if isinstance(value, WLArray) else []
        return sum(size_of(elem, items[k] if k < len(items) else None, f"{where}[{k + 1}]")
                   for k in range(count))
    size = declared_bytes(spec) if spec.kind in _COPIED_KINDS else None
    if size is None or spec.kind == K_STRING and spec.name not in _FIXED_TEXTS:
        raise LayoutError(_unknown(spec, where))
    return size


def bytes_of(spec: TypeSpec, value: object, where: str) -> bytes:
    """The bytes of a place of `spec` holding `value` (size_of of them)."""
    if isinstance(value, WLStruct):
        _plain_structure(value, where)
        return b"".join(bytes_of(t, value.values.get(m), f"{where}.{shown}")
                        for m, shown, t in value.sdef.members)
    if spec.kind == K_ARRAY:
        elem, count = _fixed_array(spec, value, where)
        items = value.items if isinstance(value, WLArray) else []
        return b"".join(bytes_of(elem, items[k] if k < len(items) else None,
                                 f"{where}[{k + 1}]") for k in range(count))
    size = size_of(spec, value, where)
    if spec.kind == K_INT:
        return (V.to_int(value) % (1 << (8 * size))).to_bytes(size, "little")
    if spec.kind == K_REAL:
        return struct.pack("<f" if size == 4 else "<d", float(V.to_real(value)))
    if spec.kind == K_BOOLEAN:
        return b"\1" if V.to_bool(value) else b"\0"
    raw = V.to_str(value) if value is not None else ""
    data = raw.encode("latin-1", "replace") if spec.name == "buffer" else \
        raw.encode("cp1252", "replace")
    fill = b" " if spec.name == "padded" else b"\0"
    return data[:size].ljust(size, fill)


def read_into(spec: TypeSpec, value: object, data: bytes, where: str,
              ctx: TypeContext | None) -> object:
    """The value a place of `spec` (holding `value`) holds once its bytes are `data`
    (size_of of them): a structure's or a fixed array's members and elements are set in
    place and the same object returned."""
    if isinstance(value, WLStruct):
        at = 0
        for m, shown, t in value.sdef.members:
            n = size_of(t, value.values.get(m), f"{where}.{shown}")
            value.values[m] = t.coerce(read_into(t, value.values.get(m), data[at:at + n],
                                                 f"{where}.{shown}", ctx), ctx)
            at += n
        return value
    if spec.kind == K_ARRAY and isinstance(value, WLArray):
        elem, count = _fixed_array(spec, value, where)
        at = 0
        for k in range(min(count, len(value.items))):
            n = size_of(elem, value.items[k], f"{where}[{k + 1}]")
            value.items[k] = elem.coerce(read_into(elem, value.items[k], data[at:at + n],
                                                   f"{where}[{k + 1}]", ctx), ctx)
            at += n
        return value
    if spec.kind == K_INT:
        return int.from_bytes(data, "little", signed=not spec.unsigned)
    if spec.kind == K_REAL:
        return struct.unpack("<f" if len(data) == 4 else "<d", data)[0]
    if spec.kind == K_BOOLEAN:
        return data != b"\0"
    if spec.name == "buffer":
        return data.decode("latin-1")
    if spec.name in ("fixed", "asciiz"):
        data = data.split(b"\0", 1)[0]  # a binary zero ends the text (stored_numbers.py)
    return ansi_read(data)


def _plain_structure(value: WLStruct, where: str) -> None:
    """A class's object holds more than its members in WINDEV's memory: refused."""
    if value.sdef.is_class:
        raise LayoutError(f"{where} is an object of the class {value.sdef.name}: its bytes "
                          f"in memory are not its members'; copy a structure's")


def _fixed_array(spec: TypeSpec, value: object, where: str) -> tuple[TypeSpec, int]:
    """A fixed array's element type and count; a dynamic array is a reference."""
    if spec.name != FIXED_ARRAY or not spec.dims or spec.elem is None:
        raise LayoutError(f"{where} is a dynamic array: WINDEV holds it by reference, its "
                          f"elements are elsewhere; declare a fixed array (fixed array "
                          f"of N ...)")
    count = 1
    for d in spec.dims:
        count *= d
    return spec.elem, count


def _unknown(spec: TypeSpec, where: str) -> str:
    """Why a place of `spec` has no bytes here."""
    if spec.kind == K_STRING and not spec.dims:
        what = "a Buffer" if spec.name == "buffer" else "a string"
        return (f"{where} is {what} without a size: inside a structure WINDEV holds it by "
                f"reference; declare it with its size ({'Buffer' if spec.name == 'buffer' else 'string'} on N)")
    if spec.kind == K_STRUCT:
        return f"{where} is an object or a structure held by reference"
    return (f"{where} is a {spec.describe()}: its bytes in WINDEV's memory are not "
            f"documented (int on N, real, string on N, Buffer on N, fixed arrays and "
            f"structures of them are)")
