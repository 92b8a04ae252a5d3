// un réel rangé dans un entier est tronqué vers zéro
n est un entier = 9.99
Trace(n) // expect: 9
n = -0.5
Trace(n) // expect: 0
