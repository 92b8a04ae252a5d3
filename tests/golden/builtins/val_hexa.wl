// Val reads a "0x" prefix as hexadecimal; a base "x", "o" or "b" reads that base, "d" decimal
// (decisions: docs/builtins.md, "Val")
Trace(Val("0x1F")) // expect: 31
Trace(Val("  -0x1f")) // expect: -31
Trace(Val("0xff") + 1) // expect: 256
Trace(Val("0x")) // expect: 0
Trace(Val("0xG1")) // expect: 0
Trace(Val("1F", "x")) // expect: 31
Trace(Val("0x1F", "x")) // expect: 31
Trace(Val("ff", "X")) // expect: 255
Trace(Val("zz", "x")) // expect: 0
Trace(Val("129", "o")) // expect: 10
Trace(Val("1012", "b")) // expect: 5
Trace(Val("-101", "b")) // expect: -5
Trace(Val("12abc")) // expect: 12
Trace(Val("0.5") * 4) // expect: 2
n is int = Val("0x7FFFFFFF")
Trace(n) // expect: 2147483647
// an integer of more than 38 digits is out of range, as from decimal text (issue 12)
Trace(Val("0x" + Repeat("F", 31)) > 0) // expect: 1
WHEN EXCEPTION IN
	b1 is boolean = (Val("0x" + Repeat("F", 32)) > 0)
	Trace("in range")
DO
	Trace(Position(ExceptionInfo(), "Numeric overflow") = 1) // expect: 1
END
WHEN EXCEPTION IN
	b2 is boolean = (Val(Repeat("7", 5000), "o") > 0)
	Trace("in range")
DO
	Trace(Position(ExceptionInfo(), "Numeric overflow") = 1) // expect: 1
END
// "d" is decimal, the default (it was an unknown format; INFERRED)
Trace(Val("12.5", "d")) // expect: 12.5
Trace(Val("0x1F", "d")) // expect: 0
Trace(Val("1F", "z")) // expect error: unknown format 'z'
