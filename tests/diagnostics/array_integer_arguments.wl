// An array function's integer parameter (ArrayCount's dimension, ArrayInsert's index,
// ArraySeek's mode) given a real literal: the run truncates it toward zero, so the check
// says the decimal part is lost (WL206); one past the integers' range stops (WL110).
t is array of int = [1, 2, 3]
Trace(ArrayCount(t, 1.5)) // warning: WL206:21 ArrayCount expects an integer as parameter 2: 1.5 is read as 1, its decimal part is lost
ArrayInsert(t, 2.9, 9) // warning: WL206:16 ArrayInsert expects an integer as parameter 2: 2.9 is read as 2, its decimal part is lost
Trace(ArraySeek(t, asLinear, 9))
Trace(ArrayInsert(t, 1e19, 9)) // error: WL110:22 ArrayInsert: parameter 2 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
ArrayInsert(t, 1, 7)
Trace(ArrayCount(t, 1))
// on an associative array the second parameter is the key: not read as a rank
aa is associative array of real
ArrayInsert(aa, "eur", 1.08)
Trace(aa["eur"])
