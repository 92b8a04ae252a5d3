// Help page "<Array>.Sort" (?1000024318): its two-dimensional calls, as written. The page
// states no result; the rows sort on the columns named (2, then "2;-3": column 2
// ascending, then column 3 descending).
MyArray is array of 3 by 3 int
MyArray[1,1] = 1; MyArray[1,2] = 5; MyArray[1,3] = 7
MyArray[2,1] = 2; MyArray[2,2] = 3; MyArray[2,3] = 8
MyArray[3,1] = 3; MyArray[3,2] = 5; MyArray[3,3] = 9
// Sort a two-dimensional array on the 2nd column
MyArray.Sort(asAscending, 2)
Trace(MyArray[1,1], MyArray[2,1], MyArray[3,1]) // expect: 2, 1, 3
// Sort a two-dimensional array on the 2nd column
// (ascending) and the 3rd column (descending)
MyArray.Sort(asAscending, "2;-3")
Trace(MyArray[1,1], MyArray[2,1], MyArray[3,1]) // expect: 2, 3, 1
Sort(MyArray, asColumn, "2;-3")
Trace(MyArray[1,1], MyArray[2,1], MyArray[3,1]) // expect: 2, 3, 1
Trace(MyArray[2,2], MyArray[2,3]) // expect: 5, 9
MyArray.Sort(asAscending, 4) // expect error: no column 4
