// le nom d'une classe comme valeur par défaut : l'exécution s'arrête là où la valeur
// par défaut sert (docs/check.md, WL101)
cBASE est une Classe
	m_n est un entier = 7
FIN
Affiche(allouer un cBase) // expect: 7
Affiche()
PROCÉDURE Affiche(pObjet est un cBase = CBASE) // expect error: 'CBASE' is a class, not a value
Trace(pObjet.m_n)
