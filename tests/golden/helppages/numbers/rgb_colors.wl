// Help page "RGB (Function)": a colour is the integer red + 256 * green + 65536 * blue;
// RGBRed, RGBGreen and RGBBlue give its components back.
Trace(RGB(255, 0, 0), RGB(0, 255, 0), RGB(0, 0, 255)) // expect: 255, 65280, 16711680
c is int = RGB(10, 20, 30)
Trace(RGBRed(c), RGBGreen(c), RGBBlue(c)) // expect: 10, 20, 30
// French names
Trace(RVB(255, 255, 255), RVBVert(RVB(1, 2, 3))) // expect: 16777215, 2
Trace(RGB(256, 0, 0)) // expect error: between 0 and 255
