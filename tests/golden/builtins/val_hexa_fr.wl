// Val lit un préfixe "0x" en hexadécimal ; une base "x", "o" ou "b" lit cette base
// (décisions : docs/builtins.md, "Val")
Trace(val("0x1F")) // expect: 31
Trace(VAL("  -0x1f")) // expect: -31
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
Trace(Val("0,5")) // expect: 0.5
n est un entier = Val("0x7FFFFFFF")
Trace(n) // expect: 2147483647
// un entier de plus de 38 chiffres est hors limites, comme en décimal (issue 12)
Trace(Val("0x" + Répète("F", 31)) > 0) // expect: 1
QUAND EXCEPTION DANS
	b1 est un booléen = (Val("0x" + Répète("F", 32)) > 0)
	Trace("dans les limites")
FAIRE
	Trace(Position(ExceptionInfo(), "Numeric overflow") = 1) // expect: 1
FIN
QUAND EXCEPTION DANS
	b2 est un booléen = (Val(Répète("7", 5000), "o") > 0)
	Trace("dans les limites")
FAIRE
	Trace(Position(ExceptionInfo(), "Numeric overflow") = 1) // expect: 1
FIN
// "d" is decimal, the default (it was an unknown format; INFERRED)
Trace(Val("12.5", "d")) // expect: 12.5
Trace(Val("0x1F", "d")) // expect: 0
Trace(Val("1F", "z")) // expect error: unknown format 'z'
