// A text literal that is no number stored into a real, a currency or a numeric: the run
// stores the number Val reads (its leading number), so part of what was written is lost;
// WL206 says so, as for an integer (the check said nothing). A decimal comma is read as
// Val reads it (docs/semantics.md "A text read as a number"): "1234,50" is 1234.5, no
// warning; a second comma ends the number.
curAmount is currency = "1234,50"
curAmount = "1 234.50" // warning: WL206:1 'curAmount' is a currency: the text "1 234.50" is not a number and is stored as 1
rRate is real = "5,5"
rThousands is real = "1,234,567" // warning: WL206:1 'rThousands' is a real: the text "1,234,567" is not a number and is stored as 1.234
nExact is numeric = "abc" // warning: WL206:1 'nExact' is a numeric: the text "abc" is not a number and is stored as 0
curOk is currency = "1234.50"
rOk is real = " 12 "
Trace(curAmount, rRate, rThousands, nExact, curOk, rOk)
