// English names of the constants whose French names were confirmed (English ones UNVERIFIED, docs/builtins.md)
Trace("[" + NoSpace("  a b  ", sscLeft) + "]", "[" + NoSpace("  a b  ", sscRight) + "]") // expect: [a b  ], [  a b]
Trace("[" + NoSpace("  a b  ", sscAll) + "]", sscLeft = sscBeginning, sscRight = sscEnd) // expect: [ab], 1, 1
Trace(Tan(45)) // expect: 1
Trace(DurationToString(1500, durationMilli)) // expect: 0000001500
t is array of int = [1, 3, 5, 7]
Trace(ArraySeek(t, asBinary, 5)) // expect: 3
