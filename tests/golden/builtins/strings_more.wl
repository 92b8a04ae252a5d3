// PositionOccurrence, StringStartsWith, StringEndsWith, WholeWord, FromEnd
Trace(PositionOccurrence("abcabc", "c", 2)) // expect: 6
Trace(PositionOccurrence("aaa", "aa", 2)) // expect: 2
Trace(PositionOccurrence("abcabc", "b", lastRank)) // expect: 5
Trace(StringStartsWith("Hello", "he", IgnoreCase)) // expect: 2
Trace(StringEndsWith("Hello", "LO")) // expect: 0
Trace(Position("the cat concat", "cat", 1, WholeWord)) // expect: 5
Trace(Position("a.b.c", ".", Length("a.b.c"), FromEnd)) // expect: 4
Trace(ExtractString("a,b,c", 1, ",", FromEnd)) // expect: c
