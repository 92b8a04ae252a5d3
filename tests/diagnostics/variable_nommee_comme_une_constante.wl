// Une variable déclarée du nom d'une constante du même traitement (voir
// variable_named_like_a_constant.wl)
CONSTANTE
	TVA = 20
FIN
tva est un réel = 5.5 // error: WL105:1 'tva' is already declared as a constant
Trace(TVA)
