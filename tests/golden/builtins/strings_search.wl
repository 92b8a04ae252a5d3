// Position, Replace, StringCount
s is string = "banana"
Trace(Position(s, "an")) // expect: 2
Trace(Position(s, "an", 3)) // expect: 4
Trace(Position(s, "x")) // expect: 0
Trace(Position(s, "NA", 1, IgnoreCase)) // expect: 3
Trace(Replace(s, "a", "o")) // expect: bonono
Trace(StringCount(s, "a")) // expect: 3
Trace(StringCount("aaaa", "aa")) // expect: 2
Trace(Position("a.b.c", ".", Length("a.b.c"), FromEnd)) // expect: 4
