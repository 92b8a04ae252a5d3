// + concatenates when either side is a string, adds otherwise
Trace("a" + "b") // expect: ab
Trace("n=" + 3) // expect: n=3
Trace(3 + "4") // expect: 34
Trace(3 + 4) // expect: 7
Trace("x" + 2.5) // expect: x2.5
Trace("r=" + 7 / 2) // expect: r=3.5
Trace(1 + 2 + "3") // expect: 33
