// la condition À FAIRE TANTQUE d'une BOUCLE est lue après chaque passage du corps et voit ses
// déclarations, comme à l'exécution (qui affiche 2) : pas de WL101 "used before its
// declaration" sur la condition ; un nom déclaré nulle part l'est toujours
BOUCLE
	z est un entier = 2
À FAIRE TANTQUE z < 1
Trace(z) // la BOUCLE a fait son premier tour : z a reçu sa valeur, pas de WL226
BOUCLE
	n est un entier = 3
	n--
À FAIRE TANTQUE n > 5 ET nAbsent = 0 // error: WL101:26 'nAbsent' is not declared
