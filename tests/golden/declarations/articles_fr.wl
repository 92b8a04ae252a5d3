// les articles un/une/des sont facultatifs
s1 est une chaîne = "un"
n1 est un entier = 1
s2 est chaîne = "deux"
c est une chaine = "sans accent"
a, b sont des entiers
Trace(s1, n1, s2, c, a + b) // expect: un, 1, deux, sans accent, 0
