// A number literal beyond a currency's range (?1514043: at most 604,462,909,807,314,587.353087)
// stored into a currency variable: the run stops there with "Numeric overflow"; the check
// says it in the same words (it said nothing, and the run held every digit).
mBig is currency = 99999999999999999999999 // error: WL110:1 Numeric overflow: 99999999999999999999999 is beyond the largest currency (604,462,909,807,314,587.353087).
mBig = -700000000000000000 // error: WL110:1 Numeric overflow: -700000000000000000 is beyond the smallest currency (-604,462,909,807,314,587.353087).
mOk is currency = 0m604462909807314587.353087
mOk = -604462909807314587
// written without 0m, a literal of more than 15 significant digits is the real the compiler
// makes of it (?1514043): at the range's edge, that real is beyond it
mEdge is currency = 604462909807314587.353087 // error: WL110:1 Numeric overflow: 604462909807314587.353087 is beyond the largest currency (604,462,909,807,314,587.353087) once made a real (604462909807315000): write 0m604462909807314587.353087 to keep every digit.
Trace(mBig, mOk, mEdge)
