// A colour function given a real literal where the help types an integer (a component,
// a colour): the run truncates it toward zero, so the check says the decimal part is lost
// (WL206).
Trace(RGB(255, 127.5, 0)) // warning: WL206:16 RGB expects an integer as parameter 2: 127.5 is read as 127, its decimal part is lost
Trace(RGBRed(255.9)) // warning: WL206:14 RGBRed expects an integer as parameter 1: 255.9 is read as 255, its decimal part is lost
Trace(RGBToHTML(RGB(255, 128, 0)))
