// Help pages "<Array>.Sort" (doc.windev.com ?1000024318) and "Sort" (help.windev.com
// ?1000017364, "equivalent to ArraySort"): the one-dimensional examples, run as written.
// Sort a one-dimensional array
MyArray is array of 2 int
MyArray[1] = 4
MyArray[2] = 1
MyArray.Sort(asAscending)
Trace(MyArray[1], MyArray[2]) // expect: 1, 4
// Displays "1" then "4"
MyArray2 is array of 2 int
MyArray2[1] = 4
MyArray2[2] = 1
Sort(MyArray2, asAscending)
Trace(MyArray2[1], MyArray2[2]) // expect: 1, 4
Sort(MyArray2, asDescending)
Trace(MyArray2[1], MyArray2[2]) // expect: 4, 1
