// Built-in behaviour as PC SOFT's help states it (issue 8): PositionOccurrence walks,
// cc... options beside the older constants, StartsWith/EndsWith results, methods on values.
n is int = PositionOccurrence("Antananarivo, Madagascar", "a", 3, FromEnd)
Trace(n) // expect: 18
Trace(PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 4)) // expect: 23
MyString is string = "Antananarivo, Madagascar"
MyPosition is int = PositionOccurrence(MyString, "a", firstRank, IgnoreCase)
list is string
WHILE MyPosition <> 0
	list += MyPosition + " "
	MyPosition = PositionOccurrence(MyString, "a", nextRank, IgnoreCase)
END
Trace(NoSpace(list)) // expect: 1 4 6 8 16 18 20 23
MyPosition = PositionOccurrence(MyString, ["a", "r"], firstRank, ccIgnoreCase)
list = ""
WHILE MyPosition <> 0
	list += MyPosition + " "
	MyPosition = PositionOccurrence(MyString, ["a", "r"], nextRank, ccIgnoreCase)
END
Trace(NoSpace(list)) // expect: 1 4 6 8 9 16 18 20 23 24
// the help's example: EndsWith returns the length matched
String1 is string = "Specify the action of the procedure"
IF String1.EndsWith("Procedure", ccIgnoreCase) <> 9 THEN
	Trace("not found")
ELSE
	Trace("found") // expect: found
END
Trace(StringStartsWith("WINDEV 2025", "windev", IgnoreCase)) // expect: 6
Trace(StringEndsWith("report.pdf", ".doc")) // expect: 0
Trace(Position("Élève", "eleve", 1, ccIgnoreAccent + ccIgnoreCase)) // expect: 1
Trace(Replace("Café café", "CAFE", "thé", ccIgnoreCase + ccIgnoreAccent)) // expect: thé thé
Trace(Position("a cat concat", "cat", 1, ccWholeWord)) // expect: 3
// methods and properties on values
s is string = "Hello"
Trace(s.Length, s.Upper(), s.StartsWith("He"), s.Count("l")) // expect: 5, HELLO, 2, 2
d is Date = "20250314"
Trace(d.Year, d.Month, d.Day) // expect: 2025, 3, 14
t is array of int = [3, 1, 2]
t.Sort()
Trace(t.Count, t.Count(), t[1]) // expect: 3, 3, 1
aa is associative array of int
aa["x"] = 1
aa["y"] = 2
Trace(ArrayCount(aa), aa.Count) // expect: 2, 2
ArrayDelete(aa, "x")
Trace(ArrayCount(aa), aa.Count()) // expect: 1, 1
Trace(TypeVar(s) = wlString, TypeVar(3) = wlInt, TypeVar(t) = wlArray) // expect: 1, 1, 1
Trace(TypeVar(aa) = wlAssociativeArray, TypeVar(2.5) = wlReal) // expect: 1, 1
