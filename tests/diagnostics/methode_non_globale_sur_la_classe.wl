// une méthode qui n'est pas GLOBALE n'a pas d'objet sur lequel s'exécuter quand on
// l'appelle sur la classe elle-même (`CFac.Compte()`, `CFac::Compte()` hors des méthodes
// de CFac) : WL111, différée (wl run l'exécute sur la classe et s'arrête à la lecture d'un
// membre) ; une méthode GLOBALE, ou la version de l'ancêtre appelée depuis une méthode
// d'une classe dérivée, n'est pas une erreur
CFac est une Classe
	GLOBALE
		g_n est un entier
	PUBLIQUE
		n est un entier
FIN
CGrosse est une Classe
	hérite de CFac
FIN
Trace(CFac.Compte()) // error: WL111:12 CFac::Compte is not a GLOBAL method: it runs on an object (o.Compte(...) with o of CFac), or declare it PROCEDURE GLOBAL
Trace(CFac::Compte()) // error: WL111:13 CFac::Compte is not a GLOBAL method: it runs on an object (o.Compte(...) with o of CFac), or declare it PROCEDURE GLOBAL
Trace(CFac::Total(), CFac.Total())
b est un CGrosse
Trace(b.Double())

PROCÉDURE CFac::Compte()
RENVOYER n
PROCÉDURE GLOBALE CFac::Total()
RENVOYER g_n
PROCÉDURE CGrosse::Double()
RENVOYER 2 * CFac::Compte()
