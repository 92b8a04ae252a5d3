// `t est un tableau de (n+1) entiers` : une dimension de déclaration écrite comme une
// expression (entre parenthèses ou non : `n*2`, `a.Occurrence`, `Max(a, b)`) est lue quand
// la déclaration s'exécute, comme celle d'une allocation ; `(n+1)` était une erreur de
// syntaxe et `tableau de n+1 entiers` donnait un tableau de n.
CONSTANTE
	MAXI = 4
FIN
n est un entier = 3
a est un tableau de (n+1) entiers
Trace(TableauOccurrence(a), a[4]) // expect: 4, 0
b est un tableau de n+1 entiers // un commentaire (x + y)
Trace(TableauOccurrence(b)) // expect: 4
c EST UN TABLEAU DE N*2 ENTIERS
Trace(TableauOccurrence(c)) // expect: 6
d est un tableau de (MAXI) entiers
Trace(TableauOccurrence(d)) // expect: 4
e est un tableau de MAXI + 1 entiers
Trace(TableauOccurrence(e)) // expect: 5
f est un tableau de Max(n, 7) entiers
Trace(TableauOccurrence(f)) // expect: 7
g est un tableau de a.Occurrence chaînes
g[4] = "dernier"
Trace(TableauOccurrence(g), g[4]) // expect: 4, dernier
grille est un tableau de (n-1) par n+2 chaînes
grille[2, 5] = "c"
Trace(TableauOccurrence(grille, 1), TableauOccurrence(grille, 2), grille[2, 5]) // expect: 2, 5, c
h est un tableau de (n) entiers = [1, 2]
Trace(TableauOccurrence(h)) // expect: 2
k est un tableau de 2 numérique (10,2) // la précision du type, pas une dimension
k[1] = 1.5
Trace(TableauOccurrence(k), k[1]) // expect: 2, 1.5
Trace(TableauOccurrence(Lignes(["x", "y"]))) // expect: 3
z est un tableau de (n - 4) entiers // expect error: an array's dimension must be a whole number, 0 or more, not -1
Trace(TableauOccurrence(z))

PROCÉDURE Lignes(noms est un tableau de chaînes)
t est un tableau de noms.Occurrence + 1 CÉlément
t[3].Nom = "z"
RENVOYER t

CÉlément est une Structure
	Nom est une chaîne = "élément"
FIN
