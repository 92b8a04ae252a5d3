// A number literal beyond a currency's range (?1514043: at most 604,462,909,807,314,587.353087)
// stored into a currency variable: the run stops there with "Numeric overflow"; the check
// says it in the same words (it said nothing, and the run held every digit).
mBig is currency = 99999999999999999999999 // error: WL110:1 Numeric overflow: 99999999999999999999999 is beyond the largest currency (604,462,909,807,314,587.353087).
mBig = -700000000000000000 // error: WL110:1 Numeric overflow: -700000000000000000 is beyond the smallest currency (-604,462,909,807,314,587.353087).
mOk is currency = 604462909807314587.353087
mOk = -604462909807314587
Trace(mBig, mOk)
