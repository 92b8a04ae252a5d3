// `allouer un tableau de (n+1) entiers` : une dimension écrite comme une expression (entre
// parenthèses ou non : `n*2`, `t.Occurrence`, `Max(a, b)`) est lue quand l'allocation
// s'exécute, comme une variable ; c'était une erreur de syntaxe (« unexpected 'entiers' »).
CONSTANTE
	MAXI = 4
FIN
n est un entier = 3
a est un tableau d'entiers = allouer un tableau de (n+1) entiers
Trace(TableauOccurrence(a), a[4]) // expect: 4, 0
a = allouer un tableau de n*2 entiers
Trace(TableauOccurrence(a)) // expect: 6
a = ALLOUER UN TABLEAU DE (MAXI) ENTIERS
Trace(TableauOccurrence(a)) // expect: 4
a = allouer un tableau de (5) entiers
Trace(TableauOccurrence(a)) // expect: 5
a = allouer un tableau de Max(n, 7) entiers
Trace(TableauOccurrence(a)) // expect: 7
grille est un tableau de 1 par 1 chaînes
grille = allouer un tableau de (n-1) par n+2 chaînes
grille[2, 5] = "c"
Trace(TableauOccurrence(grille, 1), TableauOccurrence(grille, 2), grille[2, 5]) // expect: 2, 5, c
Trace(TableauOccurrence(Lignes(["x", "y"]))) // expect: 3
Trace(TableauOccurrence(allouer un tableau de (n - 3) entiers)) // expect: 0
a = allouer un tableau de (n - 4) entiers // expect error: an array's dimension must be a whole number, 0 or more, not -1

PROCÉDURE Lignes(noms est un tableau de chaînes)
t est un tableau de CÉlément = allouer un tableau de noms.Occurrence + 1 CÉlément
RENVOYER t

CÉlément est une Structure
	Nom est une chaîne = "élément"
FIN
