// documented edge cases: lengths <= 0, starts before 1, empty search strings
Trace("[" + Left("abc", 0) + "]") // expect: []
Trace("[" + Right("abc", -2) + "]") // expect: []
Trace(Middle("abcdef", 0, 2)) // expect: ab
Trace("[" + Middle("abc", 10) + "]") // expect: []
Trace(Replace("abc", "", "x")) // expect: abc
Trace(Position("", "a")) // expect: 0
Trace(StringBuild("%1 and %3", "a")) // expect: a and %3
Trace(Complete("ab", 7, "xy")) // expect: abxyxyx
Trace(ExtractString("a;b;", 3, ";") = "") // expect: 1
