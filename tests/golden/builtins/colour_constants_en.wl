// The predefined colours (docs/builtins.md "Colour constants"): DarkRed, LightRed,
// PastelRed... are RGB integers (red + 256 * green + 65536 * blue), the values WINDEV
// Mobile's generated code uses. The class is ours, the line `StopLight.Status = DarkRed`
// that of Clone's example (?1000024843).
TrafficLight is Class
	Status is int
END
StopLight is TrafficLight
StopLight.Status = DarkRed
Trace(StopLight.Status, RGBRed(StopLight.Status)) // expect: 128, 128
Trace(RGBRed(LightRed), RGBGreen(LightGreen), RGBBlue(LightBlue)) // expect: 255, 255, 255
Trace(PastelRed = RGB(255, 153, 153), PastelGreen = RGB(153, 255, 153)) // expect: 1, 1
Trace(RGBToHTML(LightOrange), RGBToHTML(DarkYellow), RGBToHTML(DarkGray)) // expect: #FFA500, #808000, #808080
Trace(Black, White, Transparent, darkred = DARKRED) // expect: 0, 16777215, -1, 1
// the print colours a planning gives its bars (`BackgroundColor = iLightCyan, LineColor =
// iBlack`; INFERRED values, docs/builtins.md; FS, 7 Dec 2026): they were undeclared names
nBackground is int = iLightCyan
Trace(nBackground, iBlack, RGBGreen(nBackground), RGBBlue(ilightcyan), RGBRed(iLightCyan)) // expect: 16776960, 0, 255, 255, 0
