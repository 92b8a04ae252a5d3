// Une méthode appelée avec trop d'arguments arrête le programme sur une erreur WLangage
// à l'appel (pas une erreur interne).
COutil est une Classe
FIN
o est un COutil
o.Deux(1, 2) // expect error: Deux expects 0 parameter(s) but received 2
PROCÉDURE COutil::Deux()
Trace("deux")
