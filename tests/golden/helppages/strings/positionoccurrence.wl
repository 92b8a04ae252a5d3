// Help page "PositionOccurrence (Function)" (help.windev.com, same name in French): its
// example, as written, with a Trace of each result the page states.
n is int
n = PositionOccurrence("Antananarivo, Madagascar", "g", 1) // Returns 19
Trace(n) // expect: 19
n = PositionOccurrence("Antananarivo, Madagascar", "zen", 1) // Returns 0
Trace(n) // expect: 0
n = PositionOccurrence("Antananarivo, Madagascar", "n", 1) // Returns 2
Trace(n) // expect: 2
n = PositionOccurrence("Antananarivo, Madagascar", "n", 2) // Returns 5
Trace(n) // expect: 5
// Find the third "a" starting from the end:
// The position is given from the beginning
n = PositionOccurrence("Antananarivo, Madagascar", "a", 3, FromEnd) // Returns 18
Trace(n) // expect: 18
// Find an array of strings
n = PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 1) // Returns 4
Trace(n) // expect: 4
n = PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 2) // Returns 6
Trace(n) // expect: 6
n = PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 3) // Returns 8
Trace(n) // expect: 8
n = PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 4) // Returns 23
Trace(n) // expect: 23
// Browse the positions of all the letters "a" and "A"
MyString is string = "Antananarivo, Madagascar"
MyPosition is int = PositionOccurrence(MyString, "a", firstRank, IgnoreCase)
WHILE MyPosition <> 0
	Trace(MyPosition) // Returns 1, 4, 6, 8, 16, 18, 20, 23
	MyPosition = PositionOccurrence(MyString, "a", nextRank, IgnoreCase)
END
// expect: 1
// expect: 4
// expect: 6
// expect: 8
// expect: 16
// expect: 18
// expect: 20
// expect: 23
// Browse the positions of all the letters "an" and "ar"
MyArray is array of 2 strings
ArrayAdd(MyArray, "an")
ArrayAdd(MyArray, "ar")
MyPosition = PositionOccurrence(MyString, MyArray, firstRank)
WHILE MyPosition <> 0
	Trace(MyPosition)
	MyPosition = PositionOccurrence(MyString, MyArray, nextRank)
END
// expect: 4
// expect: 6
// expect: 8
// expect: 23
