// Une méthode à plusieurs syntaxes appelée sur un membre objet (non dynamique) qui a
// reçu Null : l'erreur de l'objet Null, qui le nomme, comme pour une méthode à une
// seule syntaxe (la syntaxe choisie s'exécutait sans objet)
CSegment est une Classe
	m_nLongueur est un entier
FIN
CDessin est une Classe
	m_seg est un CSegment
FIN
d est un CDessin
d.m_seg.m_nLongueur = 3
d.m_seg.Allonge(2) // expect: 5
d.m_seg.Allonge(2, "fois") // expect: 10
d.m_seg = Null
d.m_seg.Allonge(1) // expect error: d.m_seg is Null: no CSegment object to use 'Allonge' on (it was given Null)

PROCÉDURE CSegment::Allonge(n est un entier)
m_nLongueur += n
Trace(m_nLongueur)

PROCÉDURE CSegment::Allonge(n est un entier, sMode est une chaîne)
m_nLongueur = m_nLongueur * n
Trace(m_nLongueur)
