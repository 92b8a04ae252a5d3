// sous-parties au-delà des bornes : la partie qui existe, vide quand l'intervalle est
// inversé ou commence après la fin ; [[a A b]] sans accent, [[a SUR n]] et [a À]
s est une chaîne = "abcdef"
Trace(s[5 À 10], s[[5 A]], s[[A 2]], s[[2 SUR 3]]) // expect: ef, ef, ab, bcd
Trace(Taille(s[4 À 2]), Taille(s[7 À])) // expect: 0, 0
t est un tableau d'entiers = [1, 2, 3]
Trace(TableauOccurrence(t[4 À]), TableauOccurrence(t[2 A 9])) // expect: 0, 2
