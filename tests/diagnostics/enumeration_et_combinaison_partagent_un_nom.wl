// Un nom de valeur commun à une énumération et à une combinaison (Bas) : l'exécution lit
// celui déclaré en dernier (ici l'option de la combinaison : `n est un entier = Bas` donne
// 1), la vérification disait WL110 comme pour la valeur de l'énumération seule. Elle ne dit
// plus rien d'un tel nom ; une valeur de l'énumération seule (Haut) reste WL110 (R2 constat
// 6, M2, 7 déc. 2026)
Niveau est une énumération
	Bas
	Haut
FIN
Opt est une combinaison
	Bas
FIN
n est un entier = Bas
Trace(n)
m est un entier = Haut // error: WL110:1 'm' cannot hold a value of the enumeration Niveau: it is neither a number nor a combination's value
Trace(m)
