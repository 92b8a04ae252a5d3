// écrire un membre CONSTANT hors de sa classe est refusé avant toute exécution
CProduit est une Classe
	PUBLIQUE CONSTANTE m_référence est une chaîne
FIN
Trace("jamais affiché")
p est un CProduit
p.m_reference = "P-03" // expect error: 'm_reference' is a CONSTANT member of the class CProduit
