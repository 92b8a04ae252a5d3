// ExceptionChangeParamètre avec epRetour, epRenvoyer et epGotoCasException (la liste de la
// page française ?3034007) : le traitement s'arrête sans propager l'exception, en
// renvoyant la valeur donnée pour epRenvoyer ; epGotoCasException exécute CAS EXCEPTION:.
Trace("[" + LitCellule() + "]") // expect: []
Trace(Ratio(0)) // expect: -1
Trace(Protégé(0)) // expect: cas exception

PROCÉDURE LitCellule() : chaîne
ExceptionChangeParamètre(epRetour)
t est un tableau de 2 entiers
RENVOYER "x" + t[5]

PROCÉDURE Ratio(n)
ExceptionChangeParamètre(epRenvoyer, -1)
RENVOYER 100 / n

PROCÉDURE Protégé(n)
ExceptionChangeParamètre(epGotoCasException)
RENVOYER 100 / n
CAS EXCEPTION:
	RENVOYER "cas exception"
