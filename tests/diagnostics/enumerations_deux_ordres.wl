// `<`, `<=`, `>`, `>=` entre valeurs de deux énumérations différentes : WL114, différée
NiveauEnum est une Énumération
	EErreur
	ELog
FIN
Couleur est une Énumération
	Rouge
	Vert
FIN
niv est un NiveauEnum = ELog
c est une Couleur = Vert
Trace(niv > EErreur, Rouge < Vert, niv = c)
Trace(c <= niv) // error: WL114:7 a value of the enumeration Couleur cannot be ordered against a value of the enumeration NiveauEnum ('<=')
SI Couleur.Rouge < ELog ALORS Trace("?") // error: WL114:4 a value of the enumeration Couleur cannot be ordered against a value of the enumeration NiveauEnum ('<')
