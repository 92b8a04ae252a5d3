// traitement par lots : erreurs non fatales testées (ErreurDétectée), ErreurChangeParamètre
// avec epRenvoyer (le nom de la page française ?3034009 : c'était une variable non déclarée),
// CAS EXCEPTION: dans une procédure.
gtabJournal est un tableau de chaînes
QUAND EXCEPTION
	gtabJournal.Ajoute("exception générale : " + ExceptionInfo(errMessage))
FIN

POUR TOUT sFic DE ["/nexiste/pas/a.txt", "/nexiste/pas/b.txt"]
	sContenu est une chaîne = fChargeTexte(sFic)
	SI ErreurDétectée ALORS
		gtabJournal.Ajoute("lecture impossible : " + fExtraitChemin(sFic, fFichier + fExtension))
		CONTINUER
	FIN
FIN
Trace(Traite("12")) // expect: 24
Trace(Traite("douze")) // expect: -1
Trace(TraiteErreur("x")) // expect: -2
Trace(ErreurDétectée) // expect: 1
Trace(Divise(10, 0)) // expect: 0
POUR TOUT s DE gtabJournal
	Trace(s)
FIN
// expect: lecture impossible : a.txt
// expect: lecture impossible : b.txt
// expect: division : 1002

PROCÉDURE Traite(sValeur est une chaîne)
ErreurChangeParamètre(epRenvoyer, -1)
n est un entier = ChaîneVersNumérique(sValeur)
SI PAS EstNumérique(sValeur) ALORS ErreurDéclenche(5, "pas un nombre : " + sValeur)
RENVOYER n * 2

PROCÉDURE TraiteErreur(sValeur est une chaîne)
ErreurChangeParamètre(epRenvoyerErreur, -2)
ErreurDéclenche(6, "refusé : " + sValeur)
RENVOYER 0

PROCÉDURE Divise(a, b)
RENVOYER a / b
CAS EXCEPTION:
	gtabJournal.Ajoute("division : " + ExceptionInfo(errCode))
	RENVOYER 0
