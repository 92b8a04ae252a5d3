"""Colours as integers: RGB/RVB and its parts RGBRed/RVBRouge, RGBGreen/RVBVert,
RGBBlue/RVBBleu, and the HTML form RGBToHTML/RVBVersHTML, HTMLToRGB/HTMLVersRVB.

A colour is the Windows COLORREF integer red + green * 256 + blue * 65536 (so RGB(255, 0, 0)
is 255), the form colour functions and constants exchange in WINDEV code.
"""
from __future__ import annotations

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.access import READ_ONLY_REFUSAL
from wlinterp.registry import Family, IntArg, NumberArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .strings import int_arg

family = Family("Colors")

# The predefined colours (docs/builtins.md "Colour constants"). VERIFIED: the value code
# WINDEV Mobile generates for a line using the constant (Java for Android, the WLanguage
# line kept as a comment above it; files headed "Code généré par WinDev", found by the
# code search's exact-string look-up, id given). INFERRED: the rule the verified ones
# follow, the Windows 16-colour palette for Light/Dark (a full or a half component) and
# 0x99 for the other components of a Pastel colour.
BLACK = family.constant("Black", "Noir", 0)  # VERIFIED id 6571093964 (`..Couleur =Noir`)
WHITE = family.constant("White", "Blanc", 16777215)  # INFERRED (palette)
TRANSPARENT = family.constant("Transparent", "Transparent", -1)  # VERIFIED id 45154242104
LIGHT_RED = family.constant("LightRed", "RougeClair", 255)  # VERIFIED id 43463399552
DARK_RED = family.constant("DarkRed", "RougeFoncé", 128)  # VERIFIED id 47365429100
PASTEL_RED = family.constant("PastelRed", "RougePastel", 10066431)  # VERIFIED id 6571093964
LIGHT_GREEN = family.constant("LightGreen", "VertClair", 65280)  # VERIFIED id 43463399552
DARK_GREEN = family.constant("DarkGreen", "VertFoncé", 32768)  # INFERRED (palette)
PASTEL_GREEN = family.constant("PastelGreen", "VertPastel", 10092441)  # VERIFIED id 6571093964
LIGHT_BLUE = family.constant("LightBlue", "BleuClair", 16711680)  # VERIFIED id 43463399552
DARK_BLUE = family.constant("DarkBlue", "BleuFoncé", 8388608)  # INFERRED (palette)
PASTEL_BLUE = family.constant("PastelBlue", "BleuPastel", 16751001)  # INFERRED (0x99)
LIGHT_YELLOW = family.constant("LightYellow", "JauneClair", 65535)  # VERIFIED id 47658304934
DARK_YELLOW = family.constant("DarkYellow", "JauneFoncé", 32896)  # VERIFIED id 43463399552
PASTEL_YELLOW = family.constant("PastelYellow", "JaunePastel", 10092543)  # INFERRED (0x99)
LIGHT_ORANGE = family.constant("LightOrange", "OrangeClair", 42495)  # VERIFIED id 47365429100
LIGHT_GRAY = family.constant("LightGray", "GrisClair", 12632256, "LightGrey")  # INFERRED
DARK_GRAY = family.constant("DarkGray", "GrisFoncé", 8421504, "DarkGrey")  # VERIFIED 45154242104
# VERIFIED id 43463399552 (`..CouleurFond = JauneOr`); its English name is not known.
GOLD_YELLOW = family.constant("JauneOr", "JauneOr", 55295)
# The print colours real code gives a planning's bars (`CouleurFond = iCyanClair,
# CouleurTrait = iNoir`: WD Congés et RTT). No stored page lists them: the values are the
# colours' own, INFERRED (palette: light cyan's green and blue at 255), the English names
# INFERRED from the French ones as the colours' are (docs/builtins.md "Colour constants").
PRINT_BLACK = family.constant("iBlack", "iNoir", 0)
PRINT_LIGHT_CYAN = family.constant("iLightCyan", "iCyanClair", 16776960)


def _component(value: object, what: str) -> int:
    n = int_arg(value, "RGB")
    if not 0 <= n <= 255:
        raise WLRuntimeError(f"RGB: the {what} component must be between 0 and 255 (got {n}).")
    return n


@family.function("RGB", "RVB")
def rgb(rt: Runtime, red: IntArg, green: IntArg, blue: IntArg) -> int:
    """The colour of the three components (each 0-255)."""
    return (_component(red, "red") + _component(green, "green") * 256
            + _component(blue, "blue") * 65536)


@family.function("RGBRed", "RVBRouge")
def rgb_red(rt: Runtime, color: IntArg) -> int:
    """The red component of a colour."""
    return int_arg(color, "RGBRed") & 0xFF


@family.function("RGBGreen", "RVBVert")
def rgb_green(rt: Runtime, color: IntArg) -> int:
    """The green component of a colour."""
    return (int_arg(color, "RGBGreen") >> 8) & 0xFF


@family.function("RGBBlue", "RVBBleu")
def rgb_blue(rt: Runtime, color: IntArg) -> int:
    """The blue component of a colour."""
    return (int_arg(color, "RGBBlue") >> 16) & 0xFF


@family.function("RGBToHTML", "RVBVersHTML")
def rgb_to_html(rt: Runtime, color: IntArg) -> str:
    """The colour as HTML writes it, "#RRGGBB" in capitals (INFERRED: no stored page)."""
    n = int_arg(color, "RGBToHTML")
    return "#%02X%02X%02X" % (n & 0xFF, (n >> 8) & 0xFF, (n >> 16) & 0xFF)


@family.function("HTMLToRGB", "HTMLVersRVB")
def html_to_rgb(rt: Runtime, html: object) -> int:
    """The colour of an HTML "#RRGGBB" or "#RGB" (the # optional; INFERRED: no stored
    page); anything else is a fatal error naming the text."""
    colour = html_colour(V.to_str(html))
    if colour is None:
        raise WLRuntimeError(f"HTMLToRGB: '{V.to_str(html)}' is not an HTML colour (#RRGGBB).")
    return colour


def html_colour(html: str) -> int | None:
    """The colour an HTML "#RRGGBB" or "#RGB" text writes (the # optional), or None."""
    text = html.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6 or any(c not in "0123456789abcdefABCDEF" for c in text):
        return None
    return int(text[0:2], 16) + int(text[2:4], 16) * 256 + int(text[4:6], 16) * 65536


# ---------------------------------------------------------------- hue, saturation, lightness
# HSL/TSL and ColorHue, ColorSaturation, ColorLuminosity: computed, no window needed. The
# scales (INFERRED: no stored page gives them; docs/builtins.md "Hue, saturation and
# lightness"): the hue in degrees, 0 to 359, red 0, green 120, blue 240; the saturation
# and the lightness in percent, 0 to 100, as PC SOFT's ExtensionProcedures example gives
# HSL a lightness of 12 or 88 with ColorHue's and ColorSaturation's values.


def _hls(color: object, fname: str) -> tuple[float, float, float]:
    """The colour's hue, lightness and saturation, each 0-1 (colorsys's order)."""
    import colorsys
    n = int_arg(color, fname)
    return colorsys.rgb_to_hls((n & 0xFF) / 255, ((n >> 8) & 0xFF) / 255,
                               ((n >> 16) & 0xFF) / 255)


@family.function("HSL", "TSL")
def hsl(rt: Runtime, hue: NumberArg, saturation: NumberArg, lightness: NumberArg) -> int:
    """The colour of a hue (degrees, any: 360 is 0 again), a saturation and a lightness
    (percent, 0 to 100), as RGB gives one."""
    import colorsys
    s, light = (_percent(x, what) for x, what in ((saturation, "saturation"),
                                                  (lightness, "lightness")))
    h = float(V.to_num(hue)) % 360 / 360
    r, g, b = (round(x * 255) for x in colorsys.hls_to_rgb(h, light, s))
    return r + g * 256 + b * 65536


def _percent(value: object, what: str) -> float:
    n = float(V.to_num(value))
    if not 0 <= n <= 100:
        raise WLRuntimeError(f"HSL: the {what} must be between 0 and 100 (got "
                             f"{V.to_str(value)}).")
    return n / 100


@family.function("ColorHue", "CouleurTeinte")
def color_hue(rt: Runtime, color: IntArg) -> int:
    """The colour's hue in degrees, 0 to 359 (0 for a grey)."""
    return round(_hls(color, "ColorHue")[0] * 360) % 360


@family.function("ColorSaturation", "CouleurSaturation")
def color_saturation(rt: Runtime, color: IntArg) -> int:
    """The colour's saturation in percent, 0 to 100."""
    return round(_hls(color, "ColorSaturation")[2] * 100)


@family.function("ColorLuminosity", "CouleurLuminosité", "ColorLightness")
def color_luminosity(rt: Runtime, color: IntArg) -> int:
    """The colour's lightness in percent, 0 (black) to 100 (white)."""
    return round(_hls(color, "ColorLuminosity")[1] * 100)


# ---------------------------------------------------------------- the Color type

_PARTS = {"red": 0, "rouge": 0, "green": 8, "vert": 8, "blue": 16, "bleu": 16}


class WLColor(int):
    """A Color variable (`c is Color = RGB(10, 20, 30)`, French `Couleur`): the colour's
    integer, as RGB gives it and the colour functions take it, with its components as
    properties, `c.Red`, `c.Green`, `c.Blue` (French Rouge, Vert, Bleu), read only
    (INFERRED: PC SOFT's ExtensionProcedures example reads `InitialColor.Red`; no
    stored page lists the type's properties; docs/builtins.md "The Color type")."""

    __slots__ = ()
    wl_type_name = "Color"

    def wl_get(self, name: str) -> int:
        return (int(self) >> _part(name)) & 0xFF

    def wl_num(self) -> int:
        """Its integer, wherever a number is wanted (RGBRed(c), `c + 1`)."""
        return int(self)

    def wl_text(self) -> str:
        return str(int(self))

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        """Refused: a Color is an integer, which keeps no component apart. A name it
        does not have is refused as a read refuses it; `wl check` says both first
        (semantics/library_properties.py, with the same words)."""
        _part(name)
        raise WLRuntimeError(f"A Color's {name} {READ_ONLY_REFUSAL}: a colour is set "
                             f"with RGB: c = RGB(r, g, b).")

    def copy(self) -> "WLColor":
        return self


def _part(name: str) -> int:
    shift = _PARTS.get(fold(name))
    if shift is None:
        raise WLRuntimeError(f"A Color has no property '{name}' (wlinterp has Red, Green "
                             f"and Blue).")
    return shift


def color_of(value: object) -> WLColor:
    """The Color a value stored into a Color gives (a variable, a member, an element, a
    parameter; from a Variant too): a number's colour; a text as HTMLToRGB reads it when
    it starts with "#" ("#FF0000" is LightRed, 255), its number when it is one ("255",
    "" is 0), else refused in words. INFERRED (no stored page for the Color type; HTML's
    form is the one text form a colour has in WLanguage, RGBToHTML's): every text was
    read as a number, so `c is Color = "#FF0000"` was black, 0, without a word
    (docs/builtins.md "A text stored into a Color")."""
    if type(value) is WLColor:
        return value
    if isinstance(value, str) and not getattr(value, "wl_dated", False):
        return WLColor(_text_colour(value))
    return WLColor(int_arg(value, "Color"))


def _text_colour(text: str) -> int:
    """The colour a text stored into a Color gives (color_of)."""
    shown = text.strip()
    if shown.startswith("#"):
        colour = html_colour(shown)
        if colour is not None:
            return colour
    elif not shown or V.whole_number(shown):
        return int_arg(shown, "Color")
    raise WLRuntimeError(f"'{text}' is not a colour: a Color takes a number (RGB(r, g, b), "
                         f"a colour constant) or an HTML colour \"#RRGGBB\".")


def _new(rt: Any) -> WLColor:
    return WLColor(0)


setattr(_new, "wl_from_value", color_of)
setattr(_new, "wl_number_form", True)  # `c + 1`, `-c`: its integer, no WL113 (semantics/operands.py)
family.type("Color", "Couleur", _new)
