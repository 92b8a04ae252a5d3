// A FOR counter declared a number cannot count from a Date, Time or DateTime: the run
// stops at the start (a DateTime start wrapped at 32 bits and ran some 2e9 passes).
// An undeclared counter starting from a text is an 8-byte int, the text read as an
// int store reads it.
FOR j = "5" TO 6
  Trace(j, TypeVar(j) = wlInt_8)
END
// expect: 5, 1
// expect: 6, 1
FOR k = "2.5" TO 3
  Trace(k)
END
// expect: 2
// expect: 3
i is int
dtStart is DateTime = "20240101120000"
FOR i = dtStart..Day TO 2
  Trace(i)
END
// expect: 1
// expect: 2
FOR i = dtStart TO dtStart + 2 // expect error: The FOR loop's counter 'i' is an integer: it cannot count from a DateTime (declare 'i' a DateTime).
  Trace(i)
END
