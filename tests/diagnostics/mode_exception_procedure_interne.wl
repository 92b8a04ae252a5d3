// Une procédure interne d'un code qui appelle ExceptionChangeParamètre(epRenvoyer...) : une
// erreur fatale en elle va à ce code, dont le mode répond (l'exécution donne -9) ; la
// vérification y disait WL113 (R2 constat 10, M2, 7 déc. 2026). Sans le changement, ou avec
// epCode, elle arrête l'exécution.
Trace(Couverte())
Trace(NonCouverte())
Trace(StandardSeul())

PROCÉDURE Couverte()
ExceptionChangeParamètre(epRenvoyer, -9)
PROCÉDURE INTERNE Q()
	Trace(1/0)
FIN
Q()
RENVOYER 1

PROCÉDURE NonCouverte()
PROCÉDURE INTERNE Q()
	Trace(1/0) // error: WL113:9 Division by zero
FIN
Q()
RENVOYER 1

PROCÉDURE StandardSeul()
ExceptionChangeParamètre(epCode)
PROCÉDURE INTERNE Q()
	Trace(1/0) // error: WL113:9 Division by zero
FIN
Q()
RENVOYER 1
