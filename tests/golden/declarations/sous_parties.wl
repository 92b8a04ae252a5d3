// sous-parties avec des crochets simples : [a À b], [a À]
s est une chaîne = "abcdef"
Trace(s[2 À 3], s[4 À]) // expect: bc, def
t est un tableau d'entiers = [1, 2, 3]
Trace(TableauOccurrence(t[2 À])) // expect: 2
