// Un tableau dimensionné par une variable (`t est un tableau de n entiers`) : ses
// dimensions sont lues quand la déclaration s'exécute. (docs/semantics.md, "An array
// sized by a variable")
n est un entier = 3
lignes est un tableau de n entiers
lignes[3] = 7
Trace(TableauOccurrence(lignes), lignes[3], lignes[1]) // expect: 3, 7, 0
grille est un tableau de n par 2 chaînes
grille[3, 2] = "c"
Trace(TableauOccurrence(grille, 1), TableauOccurrence(grille, 2), grille[3, 2]) // expect: 3, 2, c
Ajoute(lignes, 8)
Trace(TableauOccurrence(lignes)) // expect: 4
Trace(Carrés(4)) // expect: 1 4 9 16
n = -2
négatif est un tableau de n entiers // expect error: an array's dimension must be a whole number, 0 or more, not -2

PROCÉDURE Carrés(nb est un entier)
t est un tableau de nb entiers
POUR i = 1 À nb
	t[i] = i * i
FIN
RENVOYER TableauVersChaîne(t, " ")
