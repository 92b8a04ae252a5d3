// Un objet passé là où un texte ou un nombre est attendu : l'exécution s'arrête là et
// nomme la classe de l'objet, comme le WL110 de wl check (c'était "A value of type
// structure ...", ce qu'un objet n'est pas)
CClient est une Classe
	m_sNom est une chaîne
FIN
oClient est un CClient
oClient.m_sNom = "Dupont"
Trace(oClient.m_sNom) // expect: Dupont
nTotal est un entier = oClient // expect error: A value of type CClient (an object) cannot be used as a number.
Trace(nTotal)
