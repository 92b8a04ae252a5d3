// `[s] + [s]` : `x + [s]` est la concaténation optionnelle d'un texte (?1512001) et
// `[s] + x` son miroir, mais un tableau littéral avant `+ [s]` n'est pas un texte :
// l'exécution s'arrête au premier crochet, et `wl check` le dit là, avec ses mots (WL113).
s est une chaîne = "ab"
sChemin est une chaîne = "C:\Temp"
Trace(sChemin + ["\"]) // expect: C:\Temp\
Trace(["\"] + "Temp") // expect: \Temp
x est une chaîne = [s] + [s] // expect error: A value of type array cannot be converted to a string.
Trace(x)
