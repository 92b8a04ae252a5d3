// Dimension(x) d'une variable simple ou d'une structure : sa taille en octets
// (docs/builtins.md "Dimension", INFERRED ; jumeau anglais dimension_simple_variable_en.wl).
sNom est une chaîne = "Dupont"
nNombre est un entier = 12
rTaux est un réel = 0.5
bFait est un booléen = Vrai
Trace(Dimension(sNom), Dimension(nNombre), Dimension(rTaux), Dimension(bFait)) // expect: 6, 4, 8, 1
STEntete est une Structure
	nId est un entier
	nGrand est un entier sur 8 octets
	rValeur est un réel
	bDrapeau est un booléen
FIN
stE est un STEntete
Trace(Dimension(stE)) // expect: 21
tabN est un tableau de 3 entiers
Trace(Dimension(tabN)) // expect: 3
