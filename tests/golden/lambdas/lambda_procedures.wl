// Lambdas (anonymous internal procedures) passed where a procedure is expected:
// (a, b) => { code }, x => { code }, () => { code }, and the expression forms x => expr
arrValues is array of int = [30, 10, 20]
ArraySort(arrValues, asFunction, (a, b) => { RESULT a - b })
Trace(arrValues[1], arrValues[2], arrValues[3]) // expect: 10, 20, 30
ArraySort(arrValues, asFunction, (a, b) => b - a)
Trace(arrValues[1]) // expect: 30
// a lambda over several lines, reaching the variables around it
nCalls is int
ArraySort(arrValues, asFunction, (a, b) => {
	nCalls++
	IF a < b THEN RESULT -1
	IF a > b THEN RESULT 1
	RESULT 0
})
Trace(arrValues[1], nCalls > 0) // expect: 10, 1
// stored in a PROCEDURE variable, called later
fDouble is procedure = x => x * 2
Trace(fDouble(21)) // expect: 42
fHello is procedure = () => { Trace("hello " + arrValues[3]) }
fHello() // expect: hello 30
// passed to a procedure of the program whose parameter is a procedure
Trace(ApplyTwice(n => n + 5, 1)) // expect: 11
Trace(ApplyTwice((n) => { RESULT n * 3 }, 2)) // expect: 18
// a lambda in a procedure, reading that procedure's parameter
Trace(SortedBy(-1)) // expect: 30;20;10
PROCEDURE ApplyTwice(f is procedure, v)
RESULT f(f(v))
PROCEDURE SortedBy(nSign)
arr is array of int = [20, 10, 30]
ArraySort(arr, asFunction, (x, y) => nSign * (x - y))
RESULT ArrayToString(arr, ";")
