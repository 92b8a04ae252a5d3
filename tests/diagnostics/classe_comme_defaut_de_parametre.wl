// Le nom d'une classe comme valeur par défaut d'un paramètre : WL101 (docs/check.md)
cBASE est une Classe
	m_n est un entier
FIN
Affiche(allouer un cBase)
PROCÉDURE Affiche(pObjet est un cBase = CBASE) // error: WL101:41 'CBASE' is a class, not a value: it cannot be the default value of the parameter 'pObjet'
Trace(pObjet.m_n)
