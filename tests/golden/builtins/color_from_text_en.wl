// A text stored into a Color: an HTML colour "#RRGGBB" (or "#RGB") is that colour, as
// HTMLToRGB reads it; a number written as text is that number; any other text stops the
// run in words. Every text was read as a number, so "#FF0000" gave black (0) without a
// word. The same in a declaration, an assignment, a structure member, an array element,
// a parameter and from a Variant. INFERRED: docs/builtins.md "A text stored into a Color".
cTitle is Color = "#FF0000"
Trace(cTitle, cTitle = LightRed, cTitle.Red) // expect: 255, 1, 255
cTitle = "#00f"
Trace(cTitle = LightBlue, RGBToHTML(cTitle)) // expect: 1, #0000FF
cTitle = "65280"
Trace(cTitle = LightGreen) // expect: 1
STTheme is Structure
    cBack is Color
END
stTheme is STTheme
stTheme.cBack = "#102030"
Trace(stTheme.cBack.Red, stTheme.cBack.Green, stTheme.cBack.Blue) // expect: 16, 32, 48
arrPalette is array of Color
ArrayAdd(arrPalette, "#FFFFFF")
Trace(arrPalette[1] = White) // expect: 1
arrPalette[1] = "#808080"
Trace(arrPalette[1] = DarkGray) // expect: 1
vFromFile is Variant = "#FFFF00"
cTitle = vFromFile
Trace(cTitle = LightYellow) // expect: 1
Shown("#C0C0C0") // expect: 192, 192, 192
WHEN EXCEPTION IN
    cTitle = "red"
DO
    Trace(ExceptionInfo(errMessage)) // expect: 'red' is not a colour: a Color takes a number (RGB(r, g, b), a colour constant) or an HTML colour "#RRGGBB".
END
WHEN EXCEPTION IN
    cTitle = "#12345"
DO
    Trace(ExceptionInfo(errMessage)) // expect: '#12345' is not a colour: a Color takes a number (RGB(r, g, b), a colour constant) or an HTML colour "#RRGGBB".
END
Trace(cTitle = LightYellow) // expect: 1

PROCEDURE Shown(cInk is Color)
Trace(cInk.Red, cInk.Green, cInk.Blue)
