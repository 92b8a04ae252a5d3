// Une ligne qui n'est qu'une expression (comme l'écrivent les pages d'aide) s'exécute :
// la valeur est calculée puis ignorée ; `wl check` avertit (WL210).
TabJours est un tableau de chaînes = ["Lundi", "Mardi", "Mercredi"]
TabJours[2] // Renvoie "Mardi"
Texte est une chaîne = "ABCDEFGHIJ"
Texte[[5]] // Renvoie "E"
Trace(TabJours[2], Texte[[5]]) // expect: Mardi, E
QUAND EXCEPTION DANS
	TabJours[9]
FAIRE
	Trace("attrapée") // expect: attrapée
FIN
