// POUR TOUTE LIGNE DE un champ Table compile et échoue à l'exécution, comme les fonctions Table*.
POUR TOUTE LIGNE DE TABLE_Client // expect error: FOR ALL ROW OF TABLE_Client is a window function: not available outside the IDE
	Trace("jamais")
FIN
