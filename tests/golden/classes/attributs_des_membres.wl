// Attributs de sérialisation et de mapping sur les membres : acceptés et ignorés
CClient est une Classe
	m_id est un entier <sérialise=faux>
	m_nom est une chaîne <mapping=Nom>
	m_clé est un entier <clé unique, Sérialise="clé">
	m_note est une chaîne
FIN
STCommande est une Structure
	nRéf est un entier <serialise="ref">
FIN
c est un CClient
c.m_id = 4
c.m_nom = "Zoé"
c.m_note = "gardée"
Trace(c.m_id, c.m_nom, c.m_note) // expect: 4, Zoé, gardée
s est une STCommande
s.nRéf = 9
Trace(s.nRéf) // expect: 9
