// Help page "Array (Type of variable)" (?1514030), its "array of arrays" example: the
// declaration and the two Traces with the values the page states are the page's; the
// stored excerpt drops the lines that fill the inner array, written here with ArrayAdd.
// Declare an Array of arrays
arrMyArray is array of array of strings
nArrIndex is int
nArrIndex = ArrayAdd(arrMyArray)
ArrayAdd(arrMyArray[nArrIndex], "January")
ArrayAdd(arrMyArray[nArrIndex], "300")
Trace(arrMyArray[1,1]) // Displays "January"
Trace(arrMyArray[1,2]) // Displays "300"
// expect: January
// expect: 300
// the same element through the inner array, and written through both subscripts
arrMyArray[1,2] = "310"
Trace(arrMyArray[1][2]) // expect: 310
