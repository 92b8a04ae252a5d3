// Dans une méthode de CListe (ou d'une classe dérivée), `CListe::Comparer` et `::Comparer`
// désignent la méthode, exécutée sur l'objet en cours (la version de CListe) ; `::Nombre`
// sans argument est appelée
CListe est une Classe
	m_t est un tableau d'entiers
	m_sens est un entier = 1
FIN
CDecroissante est une Classe
	hérite de CListe
FIN
d est un CDecroissante
d.m_sens = -1
TableauAjoute(d.m_t, 3)
TableauAjoute(d.m_t, 1)
TableauAjoute(d.m_t, 2)
d.TrierBase()
Trace(d.m_t[1], d.m_t[2], d.m_t[3]) // expect: 3, 2, 1
d.m_sens = 1
d.TrierPropre()
Trace(d.m_t[1], d.m_t[2], d.m_t[3]) // expect: 1, 2, 3
Trace(d.Taille()) // expect: 3
PROCÉDURE CListe::Comparer(a, b)
RENVOYER m_sens * (a - b)
PROCÉDURE CListe::Nombre()
RENVOYER TableauOccurrence(m_t)
PROCÉDURE CDecroissante::TrierBase()
TableauTrie(m_t, ttFonction, CListe::Comparer)
PROCÉDURE CDecroissante::TrierPropre()
TableauTrie(m_t, ttFonction, ::Comparer)
PROCÉDURE CDecroissante::Taille()
RENVOYER ::Nombre
