// A matrix made or grown past the array limit (--max-array, 50,000,000 elements by
// default: MatCreate("m", 3, 9999999999), MatWrite far past its end) is "Array too large",
// a WLanguage exception, as an array is; it allocated the elements and the run hung
// until the machine's memory ran out (found by REV's fuzzing of the built-ins).
MatCreate("m", 2, 2)
WHEN EXCEPTION IN
	MatCreate("m", 3, 9999999999)
DO
	Trace(ExceptionInfo()) // expect: MatCreate: Array too large: 29,999,999,997 elements (at most 50,000,000; see --max-array).
END
WHEN EXCEPTION IN
	MatWrite("m", 1, 2, 9999999999)
DO
	Trace(ExceptionInfo()) // expect: MatWrite: Array too large: 19,999,999,998 elements (at most 50,000,000; see --max-array).
END
MatWrite("m", 5, 3, 3)
Trace(MatRead("m", 3, 3), MatNbLine("m"), MatNbColumn("m")) // expect: 5, 3, 3
MatFill("m", 1, 100000, 100000) // expect error: MatFill: Array too large: 10,000,000,000 elements
