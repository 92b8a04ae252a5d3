// A JSON array written far past its end (`vAnswer.errors[2000000000] = "x"`, an index
// read from a request) grows within the array limit (--max-array, 50,000,000 elements
// by default) as a program's array does: it grew without one, for minutes, until the
// machine's memory ran out. "Array too large" is a WLanguage exception.
vAnswer is JSON
vAnswer.errors = []
WHEN EXCEPTION IN
	vAnswer.errors[2000000000] = "x"
DO
	Trace(ExceptionInfo()) // expect: Array too large: 2,000,000,000 elements (at most 50,000,000; see --max-array).
END
vAnswer.errors[2] = "kept"
Trace(vAnswer) // expect: {"errors":[null,"kept"]}
jList is JSON = "[1]"
jList[60000000] = 2 // expect error: Array too large: 60,000,000 elements
