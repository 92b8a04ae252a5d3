// Help page "Multiple assignment of arrays, structures and classes" (?1514031; its syntax
// section and rules, the stored copy stops before its examples): one series of values in
// brackets per dimension, a series may be shorter than its dimension, an array too small
// for the values is resized, associative arrays, structures and classes, nesting (an
// array of structures) and a literal cut over several lines.
arrMonth is array of 3 by 2 int
arrMonth = [[1, 31], [2, 28], [3, 31]]
Trace(arrMonth[2, 1], arrMonth[2, 2], arrMonth[3, 2]) // expect: 2, 28, 31
// A series shorter than its dimension: the cells left keep their default
arrGrid is array of 2 by 3 int = [[1], [4, 5, 6]]
Trace(arrGrid[1, 1], arrGrid[1, 2], arrGrid[2, 3]) // expect: 1, 0, 6
// More series than the array has rows: the array is resized
arrSmall is array of 2 by 2 string
arrSmall = [["a", "b"], ["c", "d"], ["e", "f", "g"]]
Trace(ArrayCount(arrSmall, 1), ArrayCount(arrSmall, 2), arrSmall[3, 3]) // expect: 3, 3, g
// Three dimensions
arrCube is array of 2 by 2 by 2 int = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]
Trace(arrCube[2, 1, 2], arrCube[1, 2, 1]) // expect: 6, 3
// Associative array: each series is a key and its value
aaCapital is associative array of strings
aaCapital = [["France", "Paris"], ["Italy", "Rome"]]
Trace(aaCapital["Italy"], ArrayCount(aaCapital)) // expect: Rome, 2
// Structure and class: the members in the order of their declaration
STPerson is Structure
	LastName is string
	Age is int
END
stP is STPerson
stP = ["Smith", 42]
Trace(stP.LastName, stP.Age) // expect: Smith, 42
CPoint is Class
	X is int
	Y is int
END
oP is CPoint
oP = [3, 4]
Trace(oP.X + oP.Y) // expect: 7
// Nesting: an array of structures
arrPeople is array of STPerson
arrPeople = [["Smith", 42], ["Martin", 35]]
Trace(arrPeople[2].LastName, arrPeople[2].Age) // expect: Martin, 35
// A literal cut over several lines
arrDays is array of strings = ["Monday", ...
	"Tuesday",
	"Wednesday"]
Trace(ArrayCount(arrDays), arrDays[3]) // expect: 3, Wednesday
// A value where a series is due is refused
arrBad is array of 2 by 2 int
arrBad = [[1, 2], 3] // expect error: 3 stands where a series of values is expected
