// PUBLIC CONSTANT sur la ligne du membre : lu de partout, modifié par les méthodes de la classe seulement
CProduit est une Classe
	PUBLIC CONSTANT m_référence est une chaîne
	m_libellé est une chaîne
FIN
CLivre est une Classe
	hérite de CProduit
FIN
p est un CProduit("P-01")
p.m_libellé = "Stylo"
Trace(p.m_référence, p.m_libellé) // expect: P-01, Stylo
p.Renomme("P-02")
Trace(p.m_référence) // expect: P-02
l est un CLivre
Trace(l.m_référence) // expect: LIVRE
PROCÉDURE CProduit::Constructeur(réf = "")
:m_référence = réf
PROCÉDURE CProduit::Renomme(réf)
m_référence = réf
PROCÉDURE CLivre::Constructeur()
:m_référence = "LIVRE"
