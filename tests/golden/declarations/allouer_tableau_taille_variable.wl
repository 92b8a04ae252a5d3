// `allouer un tableau de n entiers` : une dimension écrite avec une variable est lue quand
// l'allocation s'exécute, comme dans une déclaration (`t est un tableau de n entiers`) ;
// c'était un type inconnu (un variant, avec un avertissement) et le tableau était vide.
n est un entier = 3
a est un tableau dynamique = allouer un tableau de n entiers
Trace(TableauOccurrence(a), a[3]) // expect: 3, 0
grille est un tableau dynamique
grille = ALLOUER UN TABLEAU DE n PAR 2 CHAÎNES
grille[3, 2] = "c"
Trace(TableauOccurrence(grille, 1), TableauOccurrence(grille, 2), grille[3, 2]) // expect: 3, 2, c
TableauAjoute(a, 9)
Trace(TableauOccurrence(a), a[4]) // expect: 4, 9
Trace(TableauVersChaîne(Carrés(4), " ")) // expect: 1 4 9 16
n = 0
Trace(TableauOccurrence(allouer un tableau de n entiers)) // expect: 0
n = -1
a = allouer un tableau de n entiers // expect error: an array's dimension must be a whole number, 0 or more, not -1

PROCÉDURE Carrés(nb est un entier)
t est un tableau dynamique = allouer un tableau de nb entiers
POUR i = 1 À nb
	t[i] = i * i
FIN
RENVOYER t
