// Help page "Other operators" ?1512004: its examples that need no window or data file
// (brackets, square brackets, comma, semicolon), with a Trace of what each one set.
I, J are int; MyString is string
I = 2; J = 3; MyString = "x"
Trace(I + J, MyString)
// expect: 5, x
MyExample1, MyExample2 are strings
MyExample1 = "a"; MyExample2 = "b"
Trace(MyExample1 + MyExample2)
// expect: ab
MyArray is array of 5 strings
MyArray[1] = "Smith"
Trace(MyArray[1], MyArray.Count)
// expect: Smith, 5
A1, B1 are int
A1 = 3; B1 = 1
IF (A1-B1)*5 THEN Trace("(A1-B1)*5 is not 0")
// expect: (A1-B1)*5 is not 0
B1 = 3
IF (A1-B1)*5 THEN Trace("not reached") ELSE Trace("(A1-B1)*5 is 0")
// expect: (A1-B1)*5 is 0
