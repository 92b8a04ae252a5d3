// Un compteur de POUR non déclaré qui part d'un membre ou d'un élément Date en prend le
// type, comme s'il partait d'une variable Date (docs/semantics.md FOR) : c'était un entier
// sur 8 octets, l'exécution s'arrêtait (« le compteur 'd' est un entier : il ne peut pas
// compter depuis une Date », WL110 de wl check aussi) ou, dans une méthode, ne finissait pas
STSéjour est une Structure
	dArrivée est une Date
FIN
stSéjour est un STSéjour
stSéjour.dArrivée = "20250227"
POUR dNuit = stSéjour.dArrivée À stSéjour.dArrivée + 2
	Trace(dNuit)
FIN
// expect: 20250227
// expect: 20250228
// expect: 20250301
tabJours est un tableau de Dates = ["20250303", "20250305"]
nNombre est un entier
POUR dJour = tabJours[1] À tabJours[2]
	nNombre++
FIN
Trace(nNombre) // expect: 3
oMois est un CMois
Trace(oMois.JoursOuvrés()) // expect: 20

CMois est une Classe
	m_dPremier est une Date = "20250201"
FIN

PROCÉDURE CMois::JoursOuvrés()
n est un entier
POUR d = m_dPremier À DernierJourDuMois(m_dPremier)
	SI DateVersJourDeLaSemaine(d) <= 5 ALORS n++
FIN
POUR d2 = :m_dPremier À :m_dPremier + 1
	n += 0
FIN
RENVOYER n
