// le destructeur s'exécute sur LIBÉRER et quand la dernière référence disparaît
CRes est une Classe
	m_id est un entier
FIN
o est un CRes dynamique = allouer un CRes
o.m_id = 1
LIBÉRER o
// expect: fermeture 1
Trace(o = Null) // expect: 1
Utilise()
// expect: fermeture 2
Trace("fin") // expect: fin
PROCÉDURE Utilise()
l est un CRes
l.m_id = 2
PROCÉDURE CRes::Destructeur()
Trace("fermeture " + :m_id)
