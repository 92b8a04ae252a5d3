// A text report in columns: Complete to align left, NumToString with a width ("9.2f",
// "10.2f", "+6d" signed) to align right, Left to cut a description too long, Repeat for
// the rules; an array of structures given by a literal; the masks "+08d", "08.2f",
// "12.2fS", "-5d".
STItem is Structure
	sRef is string
	sDescription is string
	nQty is int
	mUnitPrice is currency
END
arrItems is array of STItem = [["A001", "Stainless screw 4x40", 250, 0.12], ["B17", "Galvanised reinforced bracket", 12, 3.5], ["C3", "Glue", -3, 7.9]]
sLine is string
Trace(Complete("Ref", 6) + Complete("Description", 20) + Right("      Qty", 6) + Right("         U.P.", 9) + Right("     Total", 10))
// expect: Ref   Description            Qty     U.P.     Total
Trace(Repeat("-", 51)) // expect: ---------------------------------------------------
mTotal is currency
FOR EACH stI OF arrItems
	mLine is currency = stI.nQty * stI.mUnitPrice
	mTotal += mLine
	sLine = Complete(stI.sRef, 6) + Complete(Left(stI.sDescription, 19), 20) + NumToString(stI.nQty, "+6d") + NumToString(stI.mUnitPrice, "9.2f") + NumToString(mLine, "10.2f")
	Trace("[" + sLine + "]")
END
// expect: [A001  Stainless screw 4x4   +250     0.12     30.00]
// expect: [B17   Galvanised reinforc    +12     3.50     42.00]
// expect: [C3    Glue                    -3     7.90    -23.70]
Trace(Repeat("=", 51)) // expect: ===================================================
Trace(Complete("TOTAL", 41) + NumToString(mTotal, "10.2f")) // expect: TOTAL                                         48.30
Trace(NumToString(42, "+08d"), NumToString(-42, "+08d"), NumToString(3.14159, "8.2f"), NumToString(1234.5, "08.2f")) // expect: +0000042, -0000042,     3.14, 01234.50
Trace(NumToString(1234567.891, "12.2fS"), NumToString(7, "03d"), NumToString(7, "-5d") + "|") // expect: 1 234 567.89, 007, 7    |
// Complete cuts a string too long, completes with the character given
Trace(Complete("abc", 2), Complete("ab", 5, "*"), Length(Complete("", 3))) // expect: ab, ab***, 3
