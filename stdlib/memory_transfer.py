"""Transfer / Transfert: copy bytes from one variable's memory to another's, as WINDEV code
that reads binary frames writes it (`Transfert(&stTrame, &bufReçu, TAILLE_TRAME)`: a
received Buffer copied onto a structure, or a structure onto a Buffer to send it).

wlinterp has no memory behind `&x` (an opaque handle: runtime/operators.address_of), so
the copy works where the call itself writes `&destination` and `&source`: the compiler
then passes the variables (compiler/transfer_call.py) and their bytes are those
stdlib/byte_layout.py decides from their declared types. Decided (docs/semantics.md
"`Transfer(&destination, &source, n)`"): the destination first, as the one real project
seen writes it (UNVERIFIED: the function's page is not in the stored help); a Buffer or a
string without a size is its bytes as they are (a destination one takes the n bytes in
place of its first n, and grows when shorter); copying more bytes than the source holds,
or than a sized destination holds, stops the run in words (in WINDEV it reads or writes
memory that is not the variable's).
"""
from __future__ import annotations

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, NumberArg
from wlinterp.runtime import values as V
from wlinterp.runtime.value_bytes import BYTES_OF_UNICODE, from_kind_and_bytes, to_bytes
from wlinterp.runtime.addressed import Addressed
from wlinterp.runtime.ansi_text import ansi_read
from wlinterp.runtime.containers import WLArray, WLStruct
from wlinterp.runtime.kinds import K_ARRAY, K_STRING, K_STRUCT, K_VARIANT
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import FIXED_ARRAY, TypeSpec

from .byte_layout import LayoutError, bytes_of, read_into, size_of

family = Family("Memory transfer")


@family.function("Transfer", "Transfert")
def transfer(rt: Runtime, destination: object, source: object, size: NumberArg) -> None:
    """Copy `size` bytes of the source variable's onto the destination variable's."""
    n = V.to_int(size)  # (a structure or an array given as the size is refused first)
    dest, src = _place(destination, "destination"), _place(source, "source")
    if n < 0:
        raise WLRuntimeError(f"Transfer: the number of bytes to copy is {n}: it cannot be "
                             f"negative.")
    try:
        given = _bytes(src)[_before(src):]
        if n > len(given):
            raise WLRuntimeError(f"Transfer: {n} bytes asked, {src.shown} holds "
                                 f"{len(given)}: the copy would read memory that is "
                                 f"not the variable's.")
        if _unsized(dest):
            old = _bytes(dest)
            dest.value = _unsized_value(dest, given[:n] + old[n:])
            return
        spec = _spec(dest)
        at = _before(dest)
        held = size_of(spec, dest.value, dest.shown) - at
        if n > held:
            raise WLRuntimeError(f"Transfer: {n} bytes asked, {dest.shown} holds {held}: "
                                 f"the copy would write memory that is not the "
                                 f"variable's.")
        old = bytes_of(spec, dest.value, dest.shown)
        data = old[:at] + given[:n] + old[at + n:]
        new = read_into(spec, dest.value, data, dest.shown, rt.typectx)
        dest.value = new if isinstance(new, (WLStruct, WLArray)) \
            else spec.coerce(new, rt.typectx)
    except LayoutError as e:
        raise WLRuntimeError(f"Transfer: {e}.") from None


def _place(given: object, role: str) -> Addressed:
    """The variable a `&x` written in the call stands for; an address held elsewhere (an
    int variable, API's result) has no memory wlinterp can reach."""
    if isinstance(given, Addressed):
        return given
    raise WLRuntimeError(f"Transfer: the {role} must be written &variable in the call "
                         f"(Transfer(&destination, &source, size)): wlinterp has no memory "
                         f"behind an address given as a number ({V.to_str(given)}).")


def _before(place: Addressed) -> int:
    """How many bytes of the variable lie before the place: for `&t[k]` of a fixed array,
    its k-1 first elements' (PC SOFT's WD Network frames: `Transfer(&:_nIPSource,
    &:_nPacket[13], 4)` reads elements 13 to 16 of a fixed array of 1-byte integers);
    0 for a whole variable."""
    if not place.first:
        return 0
    arr = place.value
    if not isinstance(arr, WLArray) or not 1 <= place.first <= len(arr.items):
        count = len(arr.items) if isinstance(arr, WLArray) else 0
        raise LayoutError(f"{place.shown} is not an element of the array "
                          f"({count} elements)")
    elem, items = arr.elem, arr.items
    return sum(size_of(elem, items[k], place.shown) for k in range(place.first - 1))


def _unsized(place: Addressed) -> bool:
    """A Buffer or a string without a size (or a value no declaration types): its bytes
    are what it holds, however many."""
    spec = place.spec
    if spec is None or spec.kind == K_VARIANT:
        return isinstance(place.value, str)
    return spec.kind == K_STRING and not spec.dims and spec.name in ("", "buffer", "unicode")


def _bytes(place: Addressed) -> bytes:
    """All the bytes of the variable."""
    if _unsized(place):
        return to_bytes(place.value)
    return bytes_of(_spec(place), place.value, place.shown)


def _spec(place: Addressed) -> TypeSpec:
    """The variable's declared type; where no declaration tells it (a Variant, an
    untyped parameter), the structure's or the array's own."""
    value = place.value
    if place.spec is not None and place.spec.kind != K_VARIANT:
        return place.spec
    if isinstance(value, WLStruct):
        return TypeSpec(K_STRUCT, name=value.sdef.name)
    if isinstance(value, WLArray):
        return TypeSpec(K_ARRAY, elem=value.elem, dims=value.dims,
                        name=FIXED_ARRAY if value.fixed else "")
    raise LayoutError(f"{place.shown} holds a value whose bytes no declaration gives "
                      f"(declare it with its type)")


def _unsized_value(place: Addressed, data: bytes) -> object:
    """What a Buffer or a string without a size holds once its bytes are `data`."""
    spec = place.spec
    if spec is not None and spec.name == "buffer":
        return data.decode("latin-1")
    if spec is not None and spec.name == "unicode":
        return from_kind_and_bytes(BYTES_OF_UNICODE, data[:len(data) // 2 * 2])
    if spec is None and isinstance(place.value, V.BufferText):
        return V.BufferText(data.decode("latin-1"))
    return ansi_read(data)
