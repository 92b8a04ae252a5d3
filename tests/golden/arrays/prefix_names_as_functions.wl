// The help's prefix-syntax names of the array functions, called as functions as Add is
// ArrayAdd's: Reverse (strings too), Move, Count, AddReference, InsertReference,
// SeekByProcedure
arr is array of int = [3, 1, 2]
Reverse(arr)
Trace(ArrayToString(arr, ";")) // expect: 2;1;3
Trace(Reverse("abc")) // expect: cba
Move(arr, 1, 3)
Trace(ArrayToString(arr, ";")) // expect: 1;3;2
n is int = 9
AddReference(arr, n)
InsertReference(arr, 1, n)
Trace(ArrayToString(arr, ";"), Count(arr)) // expect: 9;1;3;2;9, 5
Trace(SeekByProcedure(arr, Compare, asLinear, 0, 3)) // expect: 3
Trace(arr.SeekByProcedure(Compare, asLinear, 0, 7)) // expect: -1
Move(arr, 1, 9) // expect error: Move: index 9 is outside the array
PROCEDURE Compare(v, sought)
RESULT v - sought
