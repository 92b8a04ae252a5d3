// libérer(o) libère o comme `libérer o` ; les parenthèses tiennent toute la ligne
CRes est une Classe
	m_id est un entier
FIN
o est un CRes dynamique = allouer un CRes
o.m_id = 1
libérer(o)
// expect: fermeture 1
Trace(o = Null) // expect: 1
p est un CRes dynamique = allouer un CRes
p.m_id = 2
Liberer (p)
// expect: fermeture 2
Trace("fin") // expect: fin
PROCÉDURE CRes::Destructeur()
Trace("fermeture " + :m_id)
