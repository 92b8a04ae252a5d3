"""The NumericFormat type / FormatNumérique (help page ?1410089836, doc.pcsoft.fr): every
characteristic of a format NumToString / NumériqueVersChaîne can use, set through
properties, then given to NumToString in place of its format string.

VERIFIED on the French page (its example and the first rows of its property table):
the type's names (`En anglais : NumericFormat`), the French properties Alignement
(fncDroite, the default, or fncGauche), CaractèreRemplissage, ChiffresAprèsVirgule (6 by
default, fewer than 100), LongueurMinimale, Notation (fnnDécimal), Signe (fnsToujours),
SéparateurMilliers, and the constants the example and those rows name.
INFERRED (no English page was stored, nor the rest of the French table): the English
property names, each accepted under the plausible PC SOFT spellings (docs/builtins.md
"NumericFormat"), SéparateurDécimal / DecimalSeparator, and the English constants
(`fnn`, `fns` and `fnc` prefixes kept, as `cc...` constants keep theirs; `nfn...` too).
The page states no result: what a format gives is our reading of its rows.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.limits import check_string
from wlinterp.syntax.names import fold

family = Family("NumericFormat type")

FNN_DECIMAL = family.constant("fnnDecimal", "fnnDécimal", 1, "nfnDecimal")
FNS_NEGATIVE = family.constant("fnsNegative", "fnsNégatif", 1, "nfsNegative")
FNS_ALWAYS = family.constant("fnsAlways", "fnsToujours", 2, "nfsAlways")
FNC_RIGHT = family.constant("fncRight", "fncDroite", 1, "nfaRight", "nfcRight")
FNC_LEFT = family.constant("fncLeft", "fncGauche", 2, "nfaLeft", "nfcLeft")

# folded property name (French, VERIFIED; English, INFERRED) -> attribute
_PROPS = {
    "alignement": "align", "alignment": "align",
    "caractereremplissage": "fill", "fillcharacter": "fill", "paddingcharacter": "fill",
    "fillingcharacter": "fill", "fillchar": "fill",
    "chiffresapresvirgule": "decimals", "digitsafterdecimalpoint": "decimals",
    "digitsafterthedecimalpoint": "decimals", "decimaldigits": "decimals",
    "numberofdecimals": "decimals", "decimalplaces": "decimals",
    "longueurminimale": "min_length", "minimumlength": "min_length",
    "minlength": "min_length",
    "notation": "notation",
    "signe": "sign", "sign": "sign",
    "separateurmilliers": "thousands", "thousandseparator": "thousands",
    "thousandsseparator": "thousands",
    "separateurdecimal": "point", "decimalseparator": "point", "decimalpoint": "point",
}


def _decimals_shown(name: str) -> str:
    """The decimals' property in a message, in the language the code wrote it: the name
    comes folded, and "digitsafterdecimalpoint" read as no property of the type."""
    return ("ChiffresAprèsVirgule" if fold(name) == "chiffresapresvirgule"
            else "DigitsAfterDecimalPoint")


class WLNumericFormat:
    """A NumericFormat variable: its properties, read and written by name."""

    __slots__ = ("align", "fill", "decimals", "min_length", "notation", "sign",
                 "thousands", "point")
    wl_type_name = "NumericFormat"

    def __init__(self) -> None:
        self.align, self.fill, self.decimals, self.min_length = FNC_RIGHT, " ", 6, 0
        self.notation, self.sign, self.thousands, self.point = FNN_DECIMAL, FNS_NEGATIVE, "", "."

    def wl_get(self, name: str) -> object:
        return getattr(self, _attr(name))

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        attr = _attr(name)
        if attr in ("decimals", "min_length"):
            n = V.to_int(value)
            if attr == "decimals" and not 0 <= n < 100:
                raise WLRuntimeError(f"NumericFormat: {_decimals_shown(name)} must be "
                                     f"between 0 and 99, not {n}.")
            setattr(self, attr, max(n, 0))
        elif attr in ("fill", "thousands", "point"):
            setattr(self, attr, V.to_str(value))
        else:
            setattr(self, attr, V.to_int(value))

    def copy(self) -> "WLNumericFormat":
        twin = WLNumericFormat()
        for attr in self.__slots__:
            setattr(twin, attr, getattr(self, attr))
        return twin

    def wl_format_number(self, num: int | float | Decimal) -> str:
        """`num` as NumToString writes it with this format: rounded half away from zero
        to ChiffresAprèsVirgule decimals, thousands grouped by SéparateurMilliers, a "+"
        when Signe is fnsToujours, then completed up to LongueurMinimale with
        CaractèreRemplissage on the side Alignement leaves free."""
        exact = Decimal(repr(num)) if isinstance(num, float) else Decimal(num)
        # (digits enough for every decimal asked: at 40, the default 28 stopped the run
        # with "Numeric overflow or invalid numeric operation")
        digits = Context(prec=max(28, exact.adjusted() + self.decimals + 2))
        rounded = exact.quantize(Decimal(1).scaleb(-self.decimals), rounding=ROUND_HALF_UP,
                                 context=digits)
        whole, _, frac = format(rounded.copy_abs(), "f").partition(".")  # (abs() rounds)
        if self.thousands:
            head = len(whole) % 3 or 3
            whole = self.thousands.join(
                [whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
        sign = "-" if rounded < 0 else "+" if self.sign == FNS_ALWAYS else ""
        text = sign + whole + (self.point + frac if frac else "")
        missing = self.min_length - len(text)
        if missing <= 0 or not self.fill:
            return text
        check_string(self.min_length, "NumToString")  # (the padding is built first)
        padding = (self.fill * missing)[:missing]
        return text + padding if self.align == FNC_LEFT else padding + text


def _attr(name: str) -> str:
    attr = _PROPS.get(fold(name))
    if attr is None:
        raise WLRuntimeError(f"A NumericFormat variable has no property '{name}'.")
    return attr


def _new(rt: Any) -> WLNumericFormat:
    return WLNumericFormat()


family.type("NumericFormat", "FormatNumérique", _new)
