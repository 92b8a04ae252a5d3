// Help pages dbgCheckEqual ?1000019776, dbgCheckDifferent ?1000019777 and dbgCheckFalse
// ?1000019781: their examples as written (CalcFunction and ArrayElement are ours), then
// dbgCheckEqual's remark: an array compared with a list of values written [1, 2, 3]
// (it was "an array cannot be converted to a string"). A check that holds shows nothing.
ArrayElement is array of int = [4, 8, 15]
// The function should return 0
dbgCheckEqual(CalcFunction(0), 0)
// The function should not return 0
dbgCheckDifferent(CalcFunction(3), 0)
// The array should not be empty
dbgCheckFalse(ArrayElement.Empty)
dbgCheckEqual(ArrayElement, [4, 8, 15])
dbgCheckDifferent(ArrayElement, [4, 8])
dbgCheckDifferent(ArrayElement, [4, 8, 16], "the third element is %1", ArrayElement[3])
Trace("every check held")
// expect: every check held

PROCEDURE CalcFunction(n is int)
RESULT n * 2
