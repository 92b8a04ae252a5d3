// `modulo` written between its operands (the help lists Modulo among the arithmetic
// operators), in any case, beside the % operator and the Modulo function
n is int = 17
Trace(n modulo 5, n MODULO 5 + 1, n % 5, Modulo(n, 5)) // expect: 2, 3, 2, 2
nPos est un entier = 100
SI nPos Modulo 50 = 0 ALORS Trace("multiple de 50") // expect: multiple de 50
