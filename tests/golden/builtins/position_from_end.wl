// Position with FromEnd: a start of 0 (or less) searches from the end of the string
// (decision: docs/builtins.md, "Position")
s is string = "abcabcabc"
Trace(Position(s, "bc", 0, FromEnd)) // expect: 8
Trace(Position(s, "bc", -1, FromEnd)) // expect: 8
Trace(Position(s, "BC", 0, FromEnd + IgnoreCase)) // expect: 8
Trace(Position(s, "bc", 7, FromEnd)) // expect: 5
Trace(Position(s, "bc", 1, FromEnd)) // expect: 0
Trace(Position(s, "zz", 0, FromEnd)) // expect: 0
Trace(Position(s, "bc", 0)) // expect: 2
// the file name of a path: what follows the last separator
p is string = "C:\Data\2024\report.txt"
Trace(Middle(p, Position(p, "\", 0, FromEnd) + 1)) // expect: report.txt
