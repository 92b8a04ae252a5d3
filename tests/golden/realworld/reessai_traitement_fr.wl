// Réessai d'un traitement : une procédure passée en paramètre, ses paramètres variables
// (*) relayés par MesParamètres, une attente croissante simulée et un journal
gnAppels est un entier
gsJournal est une chaîne

Trace(Réessaie(3, ConnexionFragile, "srv1", 2)) // expect: connecté à srv1 après 2 échec(s)
Trace(gsJournal) // expect: essai 1 : échec (pause 100 ms) ; essai 2 : échec (pause 200 ms) ; essai 3 : ok
gnAppels = 0; gsJournal = ""
Trace("[" + Réessaie(2, ConnexionFragile, "srv2", 5) + "]", ErreurInfo(errMessage)) // expect: [], abandon après 2 essais : srv2 injoignable
Trace(Somme(1, 2, 3), Somme(), Somme(10)) // expect: 6, 0, 10
Trace(Relaie("a", "b", "c")) // expect: 3 : a-b-c

PROCÉDURE Réessaie(LOCAL nEssais est un entier, pTraitement est une procédure, *)
nPause est un entier = 100
POUR i = 1 _À_ nEssais
	QUAND EXCEPTION DANS
		sRés est une chaîne = pTraitement(MesParamètres[3], MesParamètres[4])
		gsJournal += [" ; "] + ChaîneConstruit("essai %1 : ok", i)
		RENVOYER sRés
	FAIRE
		gsJournal += [" ; "] + ChaîneConstruit("essai %1 : échec (pause %2 ms)", i, nPause)
		sDernière est une chaîne = ExceptionInfo(errMessage)
		nPause = nPause * 2
	FIN
FIN
ErreurDéclenche(1, "abandon après " + nEssais + " essais : " + sDernière)
RENVOYER ""

PROCÉDURE ConnexionFragile(sServeur est une chaîne, nÉchecs est un entier) : chaîne
gnAppels++
SI gnAppels <= nÉchecs ALORS ExceptionDéclenche(1, sServeur + " injoignable")
RENVOYER "connecté à " + sServeur + " après " + nÉchecs + " échec(s)"

PROCÉDURE Somme(*)
n est un entier
POUR i = 1 _À_ MesParamètres..Occurrence
	n += MesParamètres[i]
FIN
RENVOYER n

PROCÉDURE Relaie(*)
s est une chaîne
POUR TOUT v DE MesParamètres
	s += ["-"] + v
FIN
RENVOYER MesParamètres..Occurrence + " : " + s
