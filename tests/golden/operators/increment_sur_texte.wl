// `++` / `--` incrémentent un nombre (?1512008 : « ++ : Incrémentation (valeur
// numérique) », quand `+=` est « numérique ou texte ») : sur une chaîne ou un variant
// contenant du texte ils lisent le texte comme un nombre, comme `-` (règles de Val : le
// nombre en tête, 0 sinon), en instruction comme dans une expression. Dans une
// expression `v++` concaténait ("7" devenait "71") quand l'instruction comptait.
s est une chaîne = "5"
s++
Trace(s) // expect: 6
s--
s--
Trace(s) // expect: 4
mot est une chaîne = "ab"
mot++
Trace(mot) // expect: 1
v est un variant = "7"
Trace(v++, v) // expect: 7, 8
Trace(++v, v) // expect: 9, 9
t est une chaîne = "12 pommes"
Trace(t++, t) // expect: 12 pommes, 13
compteur est une chaîne
compteur++
compteur++
Trace(compteur) // expect: 2
tab est un tableau de chaînes = ["3"]
Trace(tab[1]++, tab[1]) // expect: 3, 4
texte est une chaîne = "ab"
texte += 1
Trace(texte) // expect: ab1
