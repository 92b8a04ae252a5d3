// une valeur d'énumération donnée à un entier ou à une combinaison : WL110, différée
ECouleur est une Énumération
	Rouge
	Vert
FIN
n est un entier = Rouge // error: WL110:1 'n' cannot hold a value of the enumeration ECouleur: it is neither a number nor a combination's value
Trace(n)
