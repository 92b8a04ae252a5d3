// Une fonction de texte à qui l'on donne un tableau (Gauche, Droite : leur texte n'était
// pas déclaré texte, `wl check` ne disait rien alors que l'exécution s'arrêtait) : le
// contrôle et l'exécution disent la même chose sur le tableau (WL115)
tabNoms est un tableau de chaînes = ["Ann", "Bob"]
QUAND EXCEPTION DANS
	Trace(Gauche(tabNoms, 1)) // wl: ignore[WL115]
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Gauche expects a string, not a value of type array.
FIN
Trace(Gauche(tabNoms[2], 1), Droite(tabNoms[1], 2)) // expect: B, nn
Trace(droite(tabNoms, 2)) // expect error: Droite expects a string, not a value of type array.
