// Un bloc `= [` ... `]` dont la première ligne finit par une virgule est du texte quand la
// variable est déclarée chaîne, ou quand une ligne contient deux-points hors guillemets.
s est une chaîne = [
	Nom,
	Prénom
]
Trace(Remplace(s, RC, "|")) // expect: Nom,|Prénom
sCorps est une chaîne ANSI = [
	1,
	2
]
Trace(Taille(sCorps)) // expect: 5
t est un tableau de chaînes = [
	"x",
	"y"
]
Trace(TableauOccurrence(t)) // expect: 2
// deux-points dans un commentaire ne sont pas du JSON : le bloc reste un tableau
u est un tableau d'entiers = [
	10, // premier : dix
	20
]
Trace(TableauOccurrence(u), u[1]) // expect: 2, 10
