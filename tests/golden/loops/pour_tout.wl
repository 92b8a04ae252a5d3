// POUR TOUT x DE tab parcourt les éléments dans l'ordre
fruits est un tableau de chaînes = ["pomme", "poire"]
POUR TOUT f DE fruits
	Trace(f)
FIN
// expect: pomme
// expect: poire
POUR TOUTE v DE [1, 2]
	Trace(v * 10)
FIN
// expect: 10
// expect: 20
