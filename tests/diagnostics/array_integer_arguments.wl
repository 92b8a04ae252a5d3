// An array function's integer parameter (ArrayCount's dimension, ArraySeek's mode) given a
// real literal: the run truncates it toward zero, so the check says the decimal part is
// lost (WL206); one past the integers' range stops (WL110). ArrayInsert's second parameter
// is no longer one (a key on an associative array, fa871e51): the check is silent there.
t is array of int = [1, 2, 3]
Trace(ArrayCount(t, 1.5)) // warning: WL206:21 ArrayCount expects an integer as parameter 2: 1.5 is read as 1, its decimal part is lost
ArrayInsert(t, 2.9, 9)
Trace(ArraySeek(t, asLinear, 9))
Trace(ArrayInsert(t, 1e19, 9))
ArrayInsert(t, 1, 7)
Trace(ArrayCount(t, 1))
