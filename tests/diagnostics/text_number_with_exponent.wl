// A text literal the run reads whole as a number with an exponent ("1e3" is 1000, as Val
// reads it) is a number: WL206 said "the text "1e3" is not a number and is stored as
// 1000", a warning that contradicted itself, for a real, an integer and a number
// parameter alike. A text read only in part still is one ("1e" is stored as 1, "+-5" as 0).
rRate is real = "1E-2"
nCount is int = "1e3"
curFee is currency = "+1.5e+2"
rHalf is real = "1e" // warning: WL206:1 'rHalf' is a real: the text "1e" is not a number and is stored as 1
nOdd is int = "+-5" // warning: WL206:1 'nOdd' is an integer: the text "+-5" is not a number and is stored as 0
Trace(rRate, nCount, curFee, rHalf, nOdd, Left("abcd", "2e0"))
