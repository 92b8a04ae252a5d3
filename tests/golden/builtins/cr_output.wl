// CR is carriage return + line feed; it prints as a line break
Trace("a" + CR + "b") // expect: a
// expect: b
Trace(Length(CR)) // expect: 2
Trace(Length(TAB)) // expect: 1
