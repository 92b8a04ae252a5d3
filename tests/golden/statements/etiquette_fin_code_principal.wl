// FIN: dans le code principal d'un script s'exécute à la fin de ce code
sJournal est une chaîne = "début"
POUR TOUT ÉLÉMENT s DE ["a", "b"]
	sJournal += ";" + s
FIN
Trace(sJournal) // expect: début;a;b
FIN:
Trace("fermeture") // expect: fermeture
