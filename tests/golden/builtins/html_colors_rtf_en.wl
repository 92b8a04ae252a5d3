// RGBToHTML / HTMLToRGB and TextToRTF (issue 8; English names and rules INFERRED, no stored
// page: docs/builtins.md "Colours" and "RTF text")
Trace(RGBToHTML(RGB(255, 128, 0)), RGBToHTML(0), RGBToHTML(RGB(1, 2, 3))) // expect: #FF8000, #000000, #010203
Trace(HTMLToRGB("#FF8000") = RGB(255, 128, 0), HTMLToRGB("00ff00"), HTMLToRGB("#fff") = RGB(255, 255, 255)) // expect: 1, 65280, 1
Trace(RGBBlue(HTMLToRGB(RGBToHTML(RGB(10, 20, 30))))) // expect: 30
// text to RTF: braces and backslashes escaped, lines as \par, accents as \'hh, read back the same
s is string = "Total: 12 €" + CR + "a\b {c}" + TAB + "été"
r is string = TextToRTF(s)
Trace(Left(r, 6), Position(r, "\par") > 0, Position(r, "\{c\}") > 0, Position(r, "\'e9t\'e9") > 0) // expect: {\rtf1, 1, 1, 1
Trace(RTFToText(r) = s, RTFToText(TextToRTF("日本")), "[" + RTFToText(TextToRTF("")) + "]") // expect: 1, 日本, []
