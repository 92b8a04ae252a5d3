// A procedure declared with one array, associative array, structure or class result
// type whose RESULT gives two values: the run stops at that RESULT ("cannot be stored in
// an array"), so the check says it there, in the run's words (WL110), as for a simple
// type; it was silent. A class result is a reference to an object.
SPoint is Structure
	nX is int
END
CShape is Class
	nSide is int
END
Trace(Listed(), Keyed(), Point(), Shape())

PROCEDURE Listed() : array of int
RESULT (1, 2) // error: WL110:1 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be stored in an array

PROCEDURE Keyed() : associative array of int
RESULT (1, 2) // error: WL110:1 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be stored in an associative array

PROCEDURE Point() : SPoint
RESULT (1, 2) // error: WL110:1 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be stored in the structure SPoint

PROCEDURE Shape() : CShape
RESULT (1, 2) // error: WL110:1 A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be stored in a dynamic CShape: it refers to an object (assign one, or allocate one with new)
