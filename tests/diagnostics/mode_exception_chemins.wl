// ExceptionChangeParamètre couvre les lignes que l'exécution atteint en passant par lui, pas
// d'autres : ni le SINON ni les autres CAS à côté de la branche qui l'appelle, ni les lignes
// après un SI dont la branche finit par RENVOYER, et epCode (le mode standard, ?3034007) ne
// couvre rien. La vérification se taisait sur chacune de ces lignes où l'exécution s'arrête
// (issue 8, M2, 7 déc. 2026)
Voisine(0)
AutreCas(2)
FinitParRenvoyer(0)
RetourACode(1)
CodeSeul()
BrancheAlors(1)

PROCÉDURE Voisine(n est un entier)
SI n > 0 ALORS
	ExceptionChangeParamètre(epRenvoyer, -1)
SINON
	RENVOYER 1/0 // error: WL113:12 Division by zero
FIN
RENVOYER 2

PROCÉDURE AutreCas(n est un entier)
SELON n
	CAS 1
		ExceptionChangeParamètre(epRenvoyer, -1)
		RENVOYER 0
	AUTRE CAS
		RENVOYER 1/0 // error: WL113:13 Division by zero
FIN

PROCÉDURE FinitParRenvoyer(n est un entier)
SI n > 0 ALORS
	ExceptionChangeParamètre(epRenvoyer, -1)
	RENVOYER 0
FIN
RENVOYER 1/0 // error: WL113:11 Division by zero

PROCÉDURE RetourACode(n est un entier)
SI n > 0 ALORS
	ExceptionChangeParamètre(epRenvoyer, -1)
	ExceptionChangeParamètre(epCode)
FIN
RENVOYER 1/0 // error: WL113:11 Division by zero

PROCÉDURE CodeSeul()
ExceptionChangeParamètre(epRenvoyer, -1)
ExceptionChangeParamètre(epCode)
Trace(1/0) // error: WL113:8 Division by zero
ExceptionRestaureParamètre()
RENVOYER 1/0

PROCÉDURE BrancheAlors(n est un entier)
SI n > 0 ALORS
	ExceptionChangeParamètre(epRenvoyer, -1)
	Trace(1/0)
SINON
	Trace(2)
FIN
RENVOYER 1/0
