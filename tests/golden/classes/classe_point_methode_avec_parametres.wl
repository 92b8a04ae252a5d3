// `CFact.Double` sans parenthèses, Double une méthode qui attend un paramètre : une
// référence à la méthode, comme `CFact::Double` (c'était l'appel sans paramètre, WL104)
CFact est une Classe
	m_n est un entier
FIN
Trace(CFact.Double(4)) // expect: 8
Applique(CFact.Double, 5) // expect: 10
nRés est un entier = cfact.double // expect error: A value of type procedure cannot be used as a number
PROCÉDURE GLOBALE CFact::Double(n est un entier) : entier
RENVOYER 2 * n
PROCÉDURE Applique(p est une procédure, v)
Trace(p(v))
