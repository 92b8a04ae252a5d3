// le reste % garde le signe du dividende
x est un entier = -10
Trace(x % 4) // expect: -2
Trace(10 % -4) // expect: 2
