// A decimal literal is an exact decimal in a constant expression: 0.1 + 0.2 is 0.3 for a
// numeric, a currency, an untyped variable and a real (docs/semantics.md, "Decimal literals")
x is numeric = 0.1 + 0.2
Trace(x) // expect: 0.3
Trace(x = 0.3) // expect: 1
c is currency = 0.1 + 0.2
Trace(c, c = 0.3) // expect: 0.3, 1
u is variant = 0.1 + 0.2
Trace(u, u = 0.3) // expect: 0.3, 1
r is real = 0.1 + 0.2
Trace(r, r = 0.3) // expect: 0.3, 1
Trace(0.1 + 0.2 = 0.3, 0.1 * 3 = 0.3, 1.1 * 1.1) // expect: 1, 1, 1.21
// the same in a numeric expression that is not constant
n is numeric = 0.1
Trace(n + 0.2, (n + 0.2) * 3) // expect: 0.3, 0.9
total is numeric = 0
FOR i = 1 TO 10
	total += 0.1
END
Trace(total, total = 1) // expect: 1, 1
// long decimal literals keep their digits in a numeric
big is numeric = 12345678901234567.25 + 0.5
Trace(big) // expect: 12345678901234567.75
// `0n` writes a numeric literal (help page "Numeric (Variable type)")
num1 is numeric (2,15) = 0n10.000000000000033
num2 is numeric (2,15) = 0n10.000000000000055
Trace(num1 + num2) // expect: 20.000000000000088
// reals keep real arithmetic; '=' between reals is accurate to 10^-6 ("Reals" help page)
a is real = 1
b is real = 3
Trace(a / b) // expect: 0.333333333333333
Trace(a / b * 3 = 1, 1.0000001 = 1, 1.00001 = 1) // expect: 1, 1, 0
Trace(1.0000001 <> 1, 2.000002 > 2) // expect: 0, 1
// a CONSTANT block folds its literals the same way
CONSTANT
	VAT_RATE = 0.1 + 0.1
END
price is currency = 100.1
Trace(price * VAT_RATE, VAT_RATE = 0.2) // expect: 20.02, 1
