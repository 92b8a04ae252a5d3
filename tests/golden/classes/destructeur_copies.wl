// Destructeur : une seule fois par objet, même quand on copie les objets
gGarde est un variant
CRes est une Classe
	m_id est un entier
FIN
a est un CRes
a.m_id = 1
b est un CRes
b = a // les membres sont copiés dans l'objet de b : pas de destructeur ici
b.m_id = 2
Garde()
gGarde = Null
// expect: détruit 7
Copie(a)
// expect: détruit 12
Trace("fin", a.m_id, b.m_id) // expect: fin, 1, 2
// expect: détruit 1
// expect: détruit 2
PROCÉDURE Garde()
l est un CRes
l.m_id = 7
gGarde = l
PROCÉDURE Copie(LOCAL x est un CRes)
x.m_id = 12
PROCÉDURE CRes::Destructeur()
Trace("détruit " + :m_id)
