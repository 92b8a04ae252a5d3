// les dimensions d'un tableau fixe écrites comme des expressions ne prennent que des
// entiers et des constantes (page 1514025) : une variable y est WL111 à la variable
CONSTANTE
	MAX = 3
FIN
n est un entier = 2
f est un tableau fixe de MAX + 1 entiers
g est un tableau fixe de (n + 1) entiers // error: WL111:27 a fixed array's dimensions are integers or constants: declare an array (`array of n ...`) to size it when the declaration runs
Trace(TableauOccurrence(f), TableauOccurrence(g))
