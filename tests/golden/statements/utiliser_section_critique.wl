// UTILISER sc DANS ... FIN : le code tient la section critique (accents et casse libres)
scCompteur est une SectionCritique
nCompteur est un entier
UTILISER scCompteur DANS
	nCompteur++
FIN
utiliser scCompteur dans
	nCompteur += 2
fin
Trace(nCompteur) // expect: 3
sc2 est une Section Critique
UTILISER sc2 DANS
	Trace("deux") // expect: deux
FIN
