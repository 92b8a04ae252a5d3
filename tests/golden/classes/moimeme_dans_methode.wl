// `MoiMême` dans une méthode est l'objet en cours, comme `Ceci` et `objet` (décidé,
// INFERRED : docs/semantics.md). Sans accent aussi.
c est un CCompteur
c.Ajoute(3)
c.Ajoute(4)
Trace(c.Total()) // expect: 7
Trace(c.Cumul()) // expect: 14

CCompteur est une Classe
	m_n est un entier
FIN
PROCÉDURE CCompteur::Ajoute(k est un entier)
MoiMême.m_n += k
PROCÉDURE CCompteur::Total()
RENVOYER MoiMême.m_n
PROCÉDURE CCompteur::Cumul()
RENVOYER moimeme.Total() + MOIMEME.m_n
