// Une erreur fatale dans un traitement qui la gère (une section CAS EXCEPTION, ou
// ExceptionChangeParamètre appelé là) n'arrête pas l'exécution : wl check n'en dit rien
// non plus (docs/check.md WL110/WL113) : un tableau lu au-delà de sa taille déclarée et
// une division par le littéral 0
Trace(LitAuDelà()) // expect: au-delà de la fin
Trace(Divise()) // expect: -1
Trace("[" + Silencieux() + "]") // expect: []

PROCÉDURE LitAuDelà()
tabCodes est un tableau de 2 entiers
RENVOYER tabCodes[3]
CAS EXCEPTION:
	RENVOYER "au-delà de la fin"

PROCÉDURE Divise()
ExceptionChangeParamètre(epRenvoyer, -1)
nTotal est un entier = 10
RENVOYER nTotal + 1 / 0

PROCÉDURE Silencieux() : chaîne
ExceptionChangeParamètre(epRetour)
tabNoms est un tableau de 1 chaîne
RENVOYER tabNoms[2]
