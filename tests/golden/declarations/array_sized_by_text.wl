// `t is array of (s) int` where s holds no number: Null (a Variant given no value) or
// a text that is not a number stops with an error (decided, docs/semantics.md "An array
// sized by a text or Null"); it made an empty array silently. A text holding a number
// is that number; a negative or fractional size was already an error.
sCount is string = "3"
arrA is array of (sCount) int
Trace(ArrayCount(arrA)) // expect: 3
vNothing is Variant = Null
WHEN EXCEPTION IN
    arrB is array of (vNothing) int
    Trace(ArrayCount(arrB))
DO
    Trace(ExceptionInfo(errMessage)) // expect: an array's dimension must be a whole number, 0 or more, not Null (a variable given no value).
END
sWord is string = "abc"
WHEN EXCEPTION IN
    arrC is array of sWord int
    Trace(ArrayCount(arrC))
DO
    Trace(ExceptionInfo(errMessage)) // expect: an array's dimension must be a whole number, 0 or more, not the text "abc".
END
rSize is real = 2.5
WHEN EXCEPTION IN
    arrD is array of (rSize) int
    Trace(ArrayCount(arrD))
DO
    Trace(ExceptionInfo(errMessage)) // expect: an array's dimension must be a whole number, 0 or more, not 2.5.
END
nSize is int = -1
WHEN EXCEPTION IN
    arrE is array of nSize by 2 int
    Trace(ArrayCount(arrE))
DO
    Trace(ExceptionInfo(errMessage)) // expect: an array's dimension must be a whole number, 0 or more, not -1.
END
