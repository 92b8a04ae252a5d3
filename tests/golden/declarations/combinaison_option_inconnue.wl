// Une combinaison nommée avec une option qu'elle ne déclare pas arrête l'exécution là,
// en disant que c'est une combinaison (wl check : WL109)
Droits est une Combinaison
	Lire
	Écrire
FIN
d est un Droits = Droits.Lire
SI d[Lire] ALORS Trace("lire") // expect: lire
d = droits.Effacer // wl: ignore[WL109] // expect error: 'Effacer' is not an option of the combination droits
