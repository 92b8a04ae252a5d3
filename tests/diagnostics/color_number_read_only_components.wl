// A Color is its colour's integer in arithmetic (`c + 1`, `c * 2`, `-c`, `"col " + c`:
// the run computes them, stdlib/colors.py WLColor) and `wl check` said WL113 "'c' is an
// object: it cannot be an operand of '+'"; its components are read, never assigned:
// `c.Red = 5` stops the run ("A Color's Red is read, never assigned"), and the check let it pass.
// The check now says what the run does (golden builtins/color_type_hsl_en.wl).
cInk is Color = RGB(10, 20, 30)
cInk = cInk + 1
cInk += 2
cInk++
Trace(cInk * 2, cInk / 2, -cInk, cInk - 1, cInk % 7, cInk ^ 1)
sLabel is string = "col " + cInk
Trace(sLabel)
cInk.Red = 5 // error: WL106:6 A Color's Red is read, never assigned: a colour is set with RGB: c = RGB(r, g, b)
cInk.Purple = 5 // error: WL109:6 A Color has no property 'Purple' (wlinterp has Red, Green and Blue)
