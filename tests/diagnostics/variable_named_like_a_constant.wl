// A variable declared with the name of a constant of the same process: one name, two
// declarations (WL105; the variable was taken and the constant hidden without a word).
// A procedure's variable of that name is its own (another process).
CONSTANT
	VAT = 20
	MAX = 3
END
VAT is real = 5.5 // error: WL105:1 'VAT' is already declared as a constant
Trace(VAT, MAX)
P()
PROCEDURE P()
MAX is int = 4
Trace(MAX)
