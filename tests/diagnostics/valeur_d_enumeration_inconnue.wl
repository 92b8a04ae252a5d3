// Une énumération nommée par son type avec une valeur qu'elle ne déclare pas
ECouleur est une Enumération
	Rouge
	Vert
FIN
c est un ECouleur = ECouleur.Violet // error: WL109:30 'Violet' is not a value of the enumeration ECouleur
SI c = ECouleur.rouge ALORS Trace(1)
Trace(c)
