// Une méthode appelée sur la classe elle-même (Journal.Ecris(...), comme le code réel appelle
// ses méthodes globales) ne lit que les membres globaux : un autre membre est une erreur claire
Journal est une Classe
	GLOBALE
		lignes est un entier
	PUBLIQUE
		m_nom est une chaîne
FIN
Journal.Ecris("a")
Journal::Ecris("b")
Trace(Journal::lignes) // expect: 2
Journal.Nom() // wl: ignore[WL111] (pas GLOBALE : wl check la refuse, wl run s'arrête sur m_nom)
// expect error: 'm_nom' is not a global member of Journal
PROCÉDURE GLOBALE Journal::Ecris(s est une chaîne)
lignes++
PROCÉDURE Journal::Nom()
Trace(m_nom)
