// A procedure that passes its parameter on to one that assigns it writes back to its
// caller's variable too (parameters are passed by reference): giving it a variable
// declared <immutable> is refused before the program runs, as giving it to the one that
// assigns it is. Before, Grow(arrLimits) ran and emptied the array but for one 8.
arrLimits is array of int <immutable> = [1, 2]
Trace(Total(arrLimits))
Grow(arrLimits) // expect error: cannot change 'arrLimits': it is declared immutable, its value is the one its declaration gives (passed by reference to Grow, which passes its parameter 'arrV' on to Reset, which assigns it)

PROCEDURE Total(arrV)
RESULT ArrayCount(arrV)

PROCEDURE Grow(arrV)
Reset(arrV)

PROCEDURE Reset(arrW)
arrW = [8]
