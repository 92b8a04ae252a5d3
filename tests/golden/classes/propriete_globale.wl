// une propriété GLOBALE (`PROCÉDURE GLOBALE CClasse::X() <lecture>` / `<écriture>`) se lit
// et s'écrit par sa classe (`CStock.Total`, `CStock::Total`) et par un objet de la classe
// ou d'une classe dérivée ; ses procédures s'exécutent sur la classe
CStock est une Classe
	GLOBALE
		s_unites est un entier
		s_prix est un monétaire = 2.5
FIN
CRayon est une Classe
	hérite de CStock
	m_libelle est une chaîne
FIN
CStock.Total = 4
Trace(CStock.Total) // expect: 4
Trace(CStock::Total) // expect: 4
CStock::Total = 10
Trace(CStock::s_unites) // expect: 10
Trace(CStock.Valeur) // expect: 25
r est un CRayon
r.Total = 12
Trace(r.Total, CStock.Total, CRayon::Total) // expect: 12, 12, 12
d est un CStock dynamique
d = allouer un CRayon
d.Total += 1
Trace(d.Total, CStock::s_unites) // expect: 13, 13
v est un variant = d
Trace(v.s_unites) // expect: 13
v.s_unites = 20
Trace(CStock.Total) // expect: 20
CStock.Incremente()
Trace(CStock::Total) // expect: 22

PROCÉDURE GLOBALE CStock::Total() <lecture>
RENVOYER s_unites
PROCÉDURE GLOBALE CStock::Total(n est un entier) <écriture>
s_unites = n
PROCÉDURE GLOBALE CStock::Valeur() : monétaire <lecture>
RENVOYER s_unites * s_prix
PROCÉDURE GLOBALE CStock::Incremente()
Total = Total + 1
::Total += 1
