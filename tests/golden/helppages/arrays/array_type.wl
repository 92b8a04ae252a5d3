// Help page "Array (Type of variable)" (doc.windev.com ?1514030): its first examples, as
// written, with a Trace of the element the page shows (`DayArray[2] // Returns
// "Tuesday"`) and of each value its loops state.
// Declares an array initialized with the names of days of the week
DayArray is array of strings = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
// Handles the array
Trace(DayArray[2]) // expect: Tuesday
// Declares an array of integers
ValueArray is array of int
// Fills the array of integers by adding values
Add(ValueArray, 5)
Add(ValueArray, 10)
Add(ValueArray, 15)
// Browses the array values
FOR EACH x OF ValueArray
	// x is successively equal to 5, 10, 15
	Trace(x)
END
// expect: 5
// expect: 10
// expect: 15
// Declares an array of integers
ValueArray2 is array <growth=1> of int
// Enlarges the array to insert the value 1: 10
ValueArray2[1] = 10
// Enlarges the array to insert the value 2: 20
ValueArray2[2] = 20
// Enlarges the array to insert the value 3: 30
ValueArray2[3] = 30
// Browses the array values
FOR EACH x OF ValueArray2
	// x is successively equal to 10, 20, 30
	Trace(x)
END
// expect: 10
// expect: 20
// expect: 30
// Declares an array of integers
ValueArray3 is array <growth=N> of int
// Enlarges the array to insert the value 1: 10
ValueArray3[1] = 10
// Enlarges the array to insert the value 5: 50
// The values 2, 3 and 4 are initialized to 0
ValueArray3[5] = 50
// Browses the array values
FOR EACH x OF ValueArray3
	// x is successively equal to 10, 0, 0, 0, 50
	Trace(x)
END
// expect: 10
// expect: 0
// expect: 0
// expect: 0
// expect: 50
// <growth=1> adds only the element just past the end (decided, docs/semantics.md)
ValueArray2[5] = 50 // expect error: out of range
