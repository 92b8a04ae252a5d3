// The Color type and the colour functions that need no window: a Color holds the colour's
// integer (RGB's, the constants') and gives its components as properties (Red, Green,
// Blue); HSL makes a colour of a hue (degrees), a saturation and a lightness (percent),
// ColorHue, ColorSaturation and ColorLuminosity read them back. `c is Color` was an
// unknown type (a Variant, with a warning) and HSL, ColorHue... stopped as drawing
// functions. (*decided*, INFERRED: docs/builtins.md "The Color type", "Hue, saturation
// and lightness")
cBackground is Color = RGB(10, 20, 30)
Trace(cBackground, cBackground.Red, cBackground.Green, cBackground.Blue) // expect: 1971210, 10, 20, 30
cBackground = LightRed
Trace(cBackground.Red, RGBBlue(cBackground), cBackground = LightRed) // expect: 255, 0, 1
// in arithmetic a Color is its integer, as the check says too (it said WL113 "'c' is an
// object"); its components are read, never assigned (tests/diagnostics/color_number_read_only_components.wl)
cShade is Color = RGB(10, 20, 30)
cShade = cShade + 1
Trace(cShade * 2, cShade / 2, -cShade, cShade.Red) // expect: 3942422, 985605.5, -1971211, 11
sShade is string = "col " + cShade
Trace(sShade) // expect: col 1971211
Trace(HSL(0, 100, 50) = LightRed, HSL(120, 100, 25) = DarkGreen, HSL(240, 100, 50) = LightBlue) // expect: 1, 1, 1
Trace(ColorHue(LightBlue), ColorSaturation(LightBlue), ColorLuminosity(LightBlue)) // expect: 240, 100, 50
Trace(ColorHue(DarkGray), ColorSaturation(DarkGray), ColorLuminosity(White)) // expect: 0, 0, 100
// a text colour readable on a background: same hue and saturation, light or dark
cPale is Color = RGB(250, 240, 200)
cText is Color = cPale.ReadableOn()
Trace(cText.Red, cText.Green, cText.Blue) // expect: 56, 46, 5
Trace(ColorHue(cText) = ColorHue(cPale), ColorLuminosity(cText)) // expect: 1, 12
cDeep is Color = DarkBlue
Trace(ColorLuminosity(cDeep.ReadableOn())) // expect: 88
WHEN EXCEPTION IN
    Trace(HSL(0, 100, 150))
DO
    Trace(ExceptionInfo(errMessage)) // expect: HSL: the lightness must be between 0 and 100 (got 150).
END

PROCEDURE ReadableOn(cBack is Color) <extension> : Color
rLight is real = (0.299 * cBack.Red + 0.587 * cBack.Green + 0.114 * cBack.Blue) / 255
nLightness is int = 88
IF rLight > 0.5 THEN nLightness = 12
RESULT HSL(ColorHue(cBack), ColorSaturation(cBack), nLightness)
