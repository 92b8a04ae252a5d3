// StringBuild, Complete, Repeat
Trace(StringBuild("%1 is %2 years old", "Ann", 30)) // expect: Ann is 30 years old
Trace(StringBuild("100%%")) // expect: 100%
Trace("[" + Complete("ab", 5) + "]") // expect: [ab   ]
Trace(Complete("ab", 5, "*")) // expect: ab***
Trace(Complete("abcdef", 3)) // expect: abc
Trace(Repeat("ab", 3)) // expect: ababab
Trace("[" + Repeat("x", 0) + "]") // expect: []
