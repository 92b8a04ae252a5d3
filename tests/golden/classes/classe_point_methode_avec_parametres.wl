// `CFact.Double` sans parenthèses, Double une méthode qui attend un paramètre : l'appel
// sans paramètre, WL104 pour wl check, et l'exécution s'arrête là avec les mêmes mots
CFact est une Classe
	m_n est un entier
FIN
Trace(CFact.Double(4)) // expect: 8
CFact.Double // expect error: Double expects 1 parameter(s) but received 0
PROCÉDURE GLOBALE CFact::Double(n est un entier) : entier
RENVOYER 2 * n
