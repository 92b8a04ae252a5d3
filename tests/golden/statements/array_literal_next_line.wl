// A line ending with '=', then an array literal opening the next line: the
// statement goes on there, as with a multi-line text (docs/semantics.md, "Multi-line strings")
arrCodes is array of int
arrCodes =
[3, 5, 8]
Trace(ArrayCount(arrCodes), arrCodes[3])
arrNames is array of strings =
[
	"Ann",
	"Bob"
]
Trace(arrNames[2])
arrGrid is array of 2 by 2 int
arrGrid =
	[[1, 2], [3, 4]]
Trace(arrGrid[2, 1])
// expect: 3, 8
// expect: Bob
// expect: 3
