"""Numbers stored into their declared type: a currency's 6 decimals, a numeric's
declared precision, a fixed buffer's size. Both `coerce` (types.py) and compiled code
(the namespace of runtime/helpers.py) store through these, so they live apart from the
general conversion."""
from __future__ import annotations

__all__ = ["numeric_value", "real_as_numeric", "co_currency", "co_numeric", "co_product", "fixed_buffer",
           "fixed_string", "CURRENCY_STEP", "CURRENCY_MAX", "wide_currency",
           "currency_overflow", "NumericHeld", "numeric_variant", "held_product",
           "int_stored", "int_bounds", "int_overflow", "datetime_overflow", "dated_overflow", "datetime_too_wide",
           "co_real4"]

from decimal import ROUND_HALF_UP, Context, Decimal

from ..errors import ErrCode, WLRuntimeError
from . import arithmetic
from . import values as V
from .values import NumericHeld
from ..syntax.currency_literal import INT8_MAX, INT8_MIN, CurrencyLiteral, LongLiteral

_NUMERIC_CONTEXT = Context(prec=80, rounding=ROUND_HALF_UP)  # room for 38 digits and more
_SIX_DECIMALS = Decimal("0.000001")


def numeric_value(d: Decimal, precision: str) -> Decimal:
    """A value stored in a numeric. `precision` is the declaration's: "" for a plain
    `numeric` (32 integer digits and 6 decimals: VERIFIED, "Numeric (Variable type)"
    ?1514072), "*" for `numeric (*)` (the format adapts to the value: kept as it is),
    "i,d" for `numeric (i, d)` (d decimals), "i" for `numeric (i)` (no decimal, *decided*).
    Extra decimals are rounded half away from zero (*decided*, UNVERIFIED: the help
    gives the precision, not the rounding); the integer digits are not limited
    (*decided*: a value is never cut). A value that already fits is returned as it is,
    so the common store costs one exponent test. The value is marked a numeric
    (NumericHeld), so that what the run says of it names a numeric, not a currency."""
    if precision == "*":
        return d if type(d) is NumericHeld else NumericHeld(d)
    if not precision:
        if d.as_tuple().exponent >= -6:  # type: ignore[operator]
            return d if type(d) is NumericHeld else NumericHeld(d)
        return NumericHeld(_NUMERIC_CONTEXT.quantize(d, _SIX_DECIMALS))
    decimals = int(precision.split(",")[1]) if "," in precision else 0
    if d.as_tuple().exponent >= -decimals:  # type: ignore[operator]
        return d if type(d) is NumericHeld else NumericHeld(d)
    return NumericHeld(_NUMERIC_CONTEXT.quantize(d, Decimal(1).scaleb(-decimals)))


_CURRENCY_STEP = Decimal("0.000001")  # currency: 6 decimals
CURRENCY_STEP = _CURRENCY_STEP  # for compiled code: `m += x` on a currency (compiler/assigns.py)


CURRENCY_MAX = Decimal("604462909807314587.353087")
"""The largest currency (VERIFIED, "Currency (Variable type)" ?1514043: "from
-604,462,909,807,314,587.353087 to +604,462,909,807,314,587.353087", a 10-byte
decimal: 2**79 - 1 millionths)."""


def co_currency(value: object) -> Decimal:
    """A value stored into a currency: a Decimal with 6 decimals. A Decimal that already
    has exactly 6 (a sum or difference of currencies) is kept as it is: checking is half
    the price of quantising again, and `mTotal += x` in a loop is the common case.
    Below 10**17 (`adjusted() < 17`) a value is in range without comparing it. Any other
    value goes through a real first (?1514043, "the compiler automatically converts this
    value to a real"; real_as_numeric): a real or a long literal keeps 15 significant
    digits; an overflow then names the value as written."""
    if type(value) is Decimal or type(value) is CurrencyLiteral:
        d = value
    elif type(value) is NumericHeld:  # a numeric: its exact digits, the mark dropped
        d = Decimal(value)
    else:  # a real, a long literal, a wide integer: through a real (real_as_numeric)
        d = real_as_numeric(value)
        if d.adjusted() >= 17:
            return wide_currency(d, value)
    if d.adjusted() < 17:
        return d if d.same_quantum(_CURRENCY_STEP) else d.quantize(_CURRENCY_STEP)
    return wide_currency(d)


def wide_currency(d: Decimal, written: object = None) -> Decimal:
    """A currency of 18 integer digits or more: kept when within the range ?1514043
    gives, else the catchable "Numeric overflow" (errCode 1003), as a real beyond its
    range is (docs/semantics.md, "Numbers out of range"). It was held silently
    (`m is currency = 99999999999999999999999` showed all 23 digits). A `0m` literal
    (CurrencyLiteral, or a currency it was stored into) keeps its digits whatever its
    size: ?1514043 gives `num1 = 0m12345678901234567891234567` as the way to assign a
    currency exactly (docs/semantics.md, "Currency literals"). `written` is the value
    before it went through a real (a long literal, a real, a wide integer): the error
    names it, not the real's 15 digits the range was checked on."""
    if type(d) is CurrencyLiteral:
        return d
    q = d.quantize(_CURRENCY_STEP) if d.adjusted() < 18 else d
    if -CURRENCY_MAX <= q <= CURRENCY_MAX:
        return q
    if written is None:
        raise WLRuntimeError(currency_overflow(d), ErrCode.NUMERIC)
    raise WLRuntimeError(currency_overflow(V.to_decimal(written), d), ErrCode.NUMERIC)


def currency_overflow(d: Decimal, real: Decimal | None = None) -> str:
    """The words of a currency's overflow, for the run and `wl check` alike. `real` is
    the value `d` became through a real when `d` itself is in range (a long literal at
    the range's edge, `604462909807314587.353087`, is the real 604462909807315000):
    the words say so and how to keep the digits (?1514043's `0m`)."""
    side = "largest" if d > 0 else "smallest"
    limit = format(CURRENCY_MAX if d > 0 else -CURRENCY_MAX, ",f")
    words = f"Numeric overflow: {_shown(d)} is beyond the {side} currency ({limit})."
    if real is None or abs(d) > CURRENCY_MAX:
        return words
    sign = "-" if d < 0 else ""
    return (f"{words[:-1]} once made a real ({_shown(real)}): write {sign}0m{_shown(abs(d))} "
            f"to keep every digit.")


def _shown(d: Decimal) -> str:
    """A number in an overflow's words: its digits, or 1e+308 rather than a real's 309
    digits."""
    return V.format_number(d) if d.adjusted() < 40 else format(d, ".15g")


def int_bounds(bits: int, unsigned: bool) -> tuple[int, int]:
    """The smallest and largest value of an integer of `bits` bits (help "The different
    types of integers" ?1514049 gives them roughly: -2 x 10^9 to 2 x 10^9 for an int, 0
    to 18 x 10^18 for an unsigned 8-byte int...; the exact values are the two's
    complement ones of the C types the page names by their size)."""
    return (0, (1 << bits) - 1) if unsigned else (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)


def _int_name(bits: int, unsigned: bool) -> str:
    """An integer type as ?1514049 names it: "int", "8-byte int", "unsigned 2-byte int"."""
    sized = "int" if bits == 32 and not unsigned else f"{bits // 8}-byte int"
    return f"unsigned {sized}" if unsigned else sized


def int_overflow(d: Decimal, bits: int, unsigned: bool) -> str:
    """The words of a number beyond an integer's range, for the run and `wl check`."""
    low, high = int_bounds(bits, unsigned)
    side, limit = ("largest", high) if d > 0 else ("smallest", low)
    return (f"Numeric overflow: {_shown(d)} is beyond the {side} "
            f"{_int_name(bits, unsigned)} ({limit:,}).")


def int_stored(value: object, bits: int, unsigned: bool) -> int:
    """A value stored into an integer of `bits` bits. An integer wraps (two's
    complement: `i++` past 2147483647 gives -2147483648, the C integer WINDEV's int is,
    INFERRED), and so does a text read as an integer (`i is int = "4294967301"` is 5, what
    `wl check`'s WL206 says: semantics/integer_literals.py); any other number (a real, a
    currency, a numeric, a text read as a real: "1e19") is truncated toward zero and,
    when that is beyond the type's range, is the catchable "Numeric overflow" (errCode
    1003, the check's WL110), as a currency beyond its range is: a real has no bits to
    wrap, and `i is int = 1e19` showed -1981284352 (docs/semantics.md, "Numbers out of
    range")."""
    n = V.to_int(value)
    low, high = int_bounds(bits, unsigned)
    if low <= n <= high:
        return n
    kind = getattr(value, "wl_type_name", None)
    if kind in _COUNTED or kind == "datetime":  # a Date's digits...: no bits to wrap
        raise WLRuntimeError(dated_overflow(n, bits, unsigned, kind), ErrCode.NUMERIC)
    if type(value) is not int and type(V.to_num(value)) is not int:
        raise WLRuntimeError(int_overflow(Decimal(n), bits, unsigned), ErrCode.NUMERIC)
    return ((n - low) & ((1 << bits) - 1)) + low


_COUNTED = {"date": "a Date's digits (YYYYMMDD)",
            "time": "a Time's hundredths of a second since midnight",
            "duration": "a Duration's milliseconds"}
"""The kinds of value whose number int_stored never wraps, and what that number is (a
DateTime's words are datetime_overflow's)."""


def dated_overflow(n: int, bits: int, unsigned: bool, kind: str) -> str:
    """The words of a Date, Time, Duration or DateTime (`kind`) stored into an integer too
    small for its number: `n is 2-byte int = d` wrapped to 583, a Time into a 1-byte int
    to -96, a 2 h Duration into a 2-byte int to -8960, numbers with no meaning (INFERRED,
    docs/semantics.md "A Date, Time or Duration stored into a small integer")."""
    if kind == "datetime":
        return datetime_overflow(n, bits, unsigned)
    wide = next((b for b in (16, 32) if int_bounds(b, unsigned)[0] <= n <= int_bounds(
        b, unsigned)[1]), 64)
    name = _int_name(wide, unsigned)
    article = "an" if name[0] in "aeiu8" else "a"
    return f"{int_overflow(Decimal(n), bits, unsigned)[:-1]}: {_COUNTED[kind]} need {article} {name}."


def datetime_overflow(n: int, bits: int, unsigned: bool) -> str:
    """The words of a DateTime stored into an integer too small for its digits
    (YYYYMMDDHHMMSSCCC, 17 of them: only an 8-byte int holds them). INFERRED
    (docs/semantics.md "A DateTime stored into an integer"): the digits wrapped, so
    `i is int = dt` gave -1784304192 for 2025-12-07 10:30. The digits named are the
    value's: DateTimeSys() gives 16 (hundredths, YYYYMMDDHHMMSSCC)."""
    return (f"{int_overflow(Decimal(n), bits, unsigned)[:-1]}: a DateTime's digits "
            f"({_digits_named(n)}) need an 8-byte int.")


def _digits_named(n: int) -> str:
    """The pattern of a DateTime's digits as many as `n` has (16 for DateTimeSys()'s
    hundredths, 17 for a DateTime variable's thousandths), 17 when it has no such count."""
    count = len(str(abs(n)))
    return _DATETIME_DIGITS[:count] if 14 <= count <= 17 else _DATETIME_DIGITS


_DATETIME_DIGITS = "YYYYMMDDHHMMSSCCC"


def datetime_too_wide(holder: str, bits: int, unsigned: bool, kind: str = "datetime") -> str:
    """What `wl check` says of a DateTime (`kind` "datetime") stored into `holder`, an
    integer smaller than 8 bytes, or of a Date (`kind` "date") stored into one of 1 or 2
    bytes (WL110): the run stops there (datetime_overflow, dated_overflow)."""
    name = _int_name(bits, unsigned)
    article = "an" if name[0] in "aeiu8" else "a"
    digits, wide = ("a Date's digits (YYYYMMDD)", f"an {_int_name(32, unsigned)}") \
        if kind == "date" else ("a DateTime's digits (YYYYMMDDHHMMSSCCC)", "an 8-byte int")
    return (f"{holder} is {article} {name}: {digits} are beyond its range, the run stops "
            f"(Numeric overflow); {wide} holds them")


def real_as_numeric(value: object) -> Decimal:
    """A value about to be stored in a numeric, as a Decimal. A real keeps its 15
    significant digits, whole or not, as NumToString of a real shows them (VERIFIED:
    "Reals" ?1514048, "All the reals contain the same number of significant digits
    (15)", a result of more "automatically rounded to 15 significant digits"; "Numeric"
    ?1514072, a value assigned to a numeric "is automatically converted into real";
    docs/semantics.md "A real stored into a numeric"): `n is numeric (*) = 2 / 3` is
    0.666666666666667 (it kept 17 digits, so `n * 3` was 1.9999999999999998), a real
    12345678901234567, shown 12345678901234600, gives that (it gave the double's
    12345678901234568). So does a long decimal literal written without `0n`
    (LongLiteral: `num2 = 1234567890123456789.0`, ?1514072's "does not contain the
    correct value"; an integer literal past 8 bytes is one too when stored into a numeric,
    compiler/stores.py). The literal is made a double first, then rounded as a real is:
    rounding its decimal digits half-to-even gave `0.1000000000000025` 0.100000000000002
    where the same literal in a real variable gives 0.100000000000003 (the double is just
    above the tie). One past a double's range keeps its own 15 digits. An integer is exact
    within 8 bytes; a wider one (Val of a 30-digit text: ?1514072's "given by a function")
    is the real it can only be, WLanguage having no wider integer. A currency stores
    through here too (co_currency: ?1514043 says the same of a currency). A currency
    is already exact: kept as it is; a numeric (NumericHeld) is its plain Decimal."""
    if type(value) is Decimal:
        return value
    if type(value) is float and value - value == 0.0:
        return Decimal(format(value, ".15g"))
    if type(value) is LongLiteral or type(value) is int and not INT8_MIN <= value <= INT8_MAX:
        exact = Decimal(value)
        real = float(exact)  # inf past a double's range, never an error
        return Decimal(format(real if real - real == 0.0 else exact, ".15g"))
    return V.to_decimal(value)


def co_numeric(value: object, precision: str) -> Decimal:
    """A product or quotient computed in a numeric of the declaration `precision` (see
    numeric_value): `n / 3` with n a plain numeric keeps its 6 decimals. Also every
    store into a numeric (types.py coerce): a numeric's value, already marked, as it is."""
    return numeric_value(value if type(value) is NumericHeld else real_as_numeric(value),
                         precision)


def co_product(value: object, precision: str | None) -> object:
    """A product or quotient computed in a currency (`precision` None) or a numeric whose
    other operand may hold a Duration (a Duration variable, a Variant): `du * mRate` and
    `du / mRate` are Durations, as `du * 1.5` is (they were the Duration's milliseconds
    as a number); any other value is computed in the currency or numeric."""
    if type(value) in arithmetic.DURATION_TYPES:
        return value
    if precision is not None:
        return co_numeric(value, precision)
    d = co_currency(value)  # (a Variant's numeric times a currency: a numeric, as w_mul
    return NumericHeld(d) if type(value) is NumericHeld else d  # gives, in 6 decimals)


def fixed_buffer(value: object, size: int) -> str:
    """A value stored in a `Buffer on N` (a fixed buffer, ?1514042: its size "is set at
    compile time"). *Decided* (the stored page stops before its section on fixed
    buffers): it always holds N bytes, a shorter value completed with binary zeros, a
    longer one cut at N bytes."""
    text = value if type(value) is str else V.to_str(value)
    n = len(text)
    return text if n == size else text[:size] if n > size else text + "\0" * (size - n)


def fixed_string(value: object, size: int, name: str) -> str:
    """A value stored in a `string on N` (name "fixed": N characters), a `fixed string on
    N` ("padded": N characters, completed with spaces) or an `ASCIIZ string on N`
    ("asciiz": N - 1 characters and the terminating zero). A longer text is cut there,
    as the declared size promises. A shorter one: a fixed string is completed with
    spaces and a `string on N` with binary zeros, which end the text, so it reads back
    as stored (VERIFIED: PC SOFT's blog "Différence entre variable chaîne fixe et
    variable chaîne sur", 8 March 2012: fixed strings are "complétées avec des espaces à
    chaque affectation", strings on N "avec des 0 binaire"; docs/semantics.md
    "Fixed-length strings"). They kept every character; a fixed string was not padded."""
    text = value if type(value) is str else V.to_str(value)
    keep = size - 1 if name == "asciiz" else size
    if len(text) > keep:
        return text[:keep]
    return text + " " * (size - len(text)) if name == "padded" else text


def numeric_variant(v: object) -> object:
    """A numeric's value stored into a Variant: marked NumericHeld; anything else (Null)
    as it is, and so is a long literal (LongLiteral, a numeric too), which stays the
    literal a numeric parameter stores through a real (`P(1234567890123456789.5)`)."""
    return NumericHeld(v) if isinstance(v, Decimal) and type(v) is not NumericHeld \
        and type(v) is not LongLiteral else v


def held_product(v: object) -> object:
    """A product or quotient whose operands no declaration types (a Variant, an untyped
    parameter or result): a currency or a numeric there has 6 decimals, as one declared
    so (`v / 3` with v holding the currency 10.25 is 3.416667; it showed 37 decimals).
    Anything else (an integer, a real, a Duration) as it is. INFERRED (docs/semantics.md
    "Currency and numeric products and quotients")."""
    if not isinstance(v, Decimal) or v.as_tuple().exponent >= -6:  # type: ignore[operator]
        return v
    six = _NUMERIC_CONTEXT.quantize(v, _SIX_DECIMALS)
    return NumericHeld(six) if type(v) is NumericHeld else six


def co_real4(v: object) -> float:
    """A value stored in a 4-byte real (`real on 4 bytes`, help ?1514048: "up to 6
    significant digits", 3.4e-38 to 3.4e38): rounded to single precision (IEEE 754
    binary32, as a C float), kept as the shortest decimal that rounds to the same single
    (0.1 stays 0.1, 123456.789 is 123456.79); beyond the range, the overflow error
    (docs/semantics.md, "4-byte reals"). It held an 8-byte real. (`struct` imported
    here: a run without such a real does without it.)"""
    from struct import pack, unpack
    f = V.to_real(v)
    try:
        single = unpack("<f", pack("<f", f))[0]
    except OverflowError:
        raise WLRuntimeError(f"Numeric overflow: {V.format_number(f)} is beyond the largest "
                             "4-byte real (about 3.4e38).", ErrCode.NUMERIC) from None
    for digits in (6, 7, 8, 9):
        short = float(f"{single:.{digits}g}")
        if unpack("<f", pack("<f", short))[0] == single:
            return short
    return single
