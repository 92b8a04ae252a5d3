// A text read as a number is read one way everywhere, as Val reads it: a comma right
// after the leading digits is the decimal point (docs/semantics.md "A text read as a
// number", INFERRED). `m is currency = "12,50"` held 12 while Val("12,50") was 12.5.
mPrice is currency = "12,50"
Trace(mPrice) // expect: 12.5
rRate is real = "5,5"
Trace(rRate) // expect: 5.5
nExact is numeric = "-0,125"
Trace(nExact) // expect: -0.125
nQty is int = "12,50"
Trace(nQty) // expect: 12
nBig is int on 8 bytes = "5000000000,9"
Trace(nBig) // expect: 5000000000
Trace(mPrice = Val("12,50")) // expect: 1
// one decimal separator: a second comma ends the number
rThousands is real = "1,234,567"
Trace(rThousands) // expect: 1.234
// where the value is stored: a member, an element, a FOR EACH variable
STLine is Structure
	mAmount is currency
END
stLine is STLine
stLine.mAmount = "19,99"
Trace(stLine.mAmount) // expect: 19.99
arrRates is array of reals
ArrayAdd(arrRates, "2,5")
Trace(arrRates[1]) // expect: 2.5
arrQty is array of int = [1, 2]
FOR EACH nEach OF arrQty
	nEach = "7"
	Trace(nEach + 1) // expect: 8
	// expect: 8
END
Trace(arrQty[1], arrQty[2]) // expect: 7, 7
// in arithmetic and comparisons, a text holding such a number is that number
sInput is string = "12,50"
Trace(sInput * 2) // expect: 25
Trace(sInput - 0.5) // expect: 12
Trace(sInput = 12.5) // expect: 1
Trace(sInput > 12) // expect: 1
// `+` with a text still joins texts (section 5 of docs/semantics.md)
Trace(sInput + 1) // expect: 12,501
