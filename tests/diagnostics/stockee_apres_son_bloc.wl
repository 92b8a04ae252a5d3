// Une variable déclarée dans un bloc seulement puis affectée après son FIN par une
// affectation multiple ou par référence a sa valeur sur tous les chemins : pas de WL226.
c est un booléen = Faux
SI c ALORS
	x est un entier = 5
	y est un entier = 6
FIN
(x, y) = (1, 2)
Trace(x, y)
SI c ALORS
	a est un tableau d'entiers
FIN
t est un tableau d'entiers = [1]
a <- t
Trace(a[1])
SI c ALORS
	n est un entier = 1
FIN
n += 1 // warning: WL226:1 'n' is read after the END of the IF block that declares it: where that block did not run, it was never given a value
