// déclarations "x est un T" avec et sans valeur initiale
x est un entier
s est une chaîne
r est un réel = 2.5
b est un booléen
Trace(x) // expect: 0
Trace("[" + s + "]") // expect: []
Trace(r) // expect: 2.5
Trace(b) // expect: 0
x = 7
Trace(x) // expect: 7
