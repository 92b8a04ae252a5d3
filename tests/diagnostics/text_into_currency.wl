// A text literal that is no number stored into a real, a currency or a numeric: the run
// stores the number Val reads (its leading number), so an amount written with a comma
// loses its cents; WL206 says so, as for an integer (the check said nothing).
curAmount is currency = "1234,50" // warning: WL206:1 'curAmount' is a currency: the text "1234,50" is not a number and is stored as 1234
curAmount = "1 234.50" // warning: WL206:1 'curAmount' is a currency: the text "1 234.50" is not a number and is stored as 1
rRate is real = "5,5" // warning: WL206:1 'rRate' is a real: the text "5,5" is not a number and is stored as 5
nExact is numeric = "abc" // warning: WL206:1 'nExact' is a numeric: the text "abc" is not a number and is stored as 0
curOk is currency = "1234.50"
rOk is real = " 12 "
Trace(curAmount, rRate, nExact, curOk, rOk)
