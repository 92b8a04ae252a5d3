// la division par zéro est une erreur fatale, le modulo par zéro aussi
d est un entier = 0
Trace(7 % d) // expect error: zero
