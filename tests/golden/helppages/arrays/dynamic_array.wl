// Help page "Dynamic array" (?1514057): the French page's example written with the
// English names (the three ways of writing the allocation), with Traces; the page's
// reference with three subscripts on a 4 by 7 array is made with two here.
// Declare a dynamic array
CustomerArray is dynamic array
CustomerArray = new array of 4 by 7 int
// Equivalent to: CustomerArray = new array of 4,7 int
CustomerArray2 is dynamic array
CustomerArray2 = new array of 4,7 int
// Equivalent to: CustomerArray = new array [4,7] int
CustomerArray3 is dynamic array
CustomerArray3 = new array [4,7] int
// Refer to a dynamic array
CustomerArray[2,5] = 47
Trace(CustomerArray[2][5], CustomerArray2[4,7], CustomerArray3[4,7]) // expect: 47, 0, 0
