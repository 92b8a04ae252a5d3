// valeurs par défaut : 0, chaîne vide, Faux, tableau vide
i est un entier
r est un réel
s est une chaîne
b est un booléen
t est un tableau de chaînes
Trace(i, r, "[" + s + "]", b, t..Occurrence) // expect: 0, 0, [], 0, 0
