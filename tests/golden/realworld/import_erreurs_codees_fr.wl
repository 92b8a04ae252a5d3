// Import de lignes : erreurs métier codées (ExceptionDéclenche), rattrapées ligne par
// ligne dans la boucle, les graves relancées par ExceptionPropage vers l'appelant
// (jumeau anglais : coded_errors_import_en.wl).
CONSTANTE
	ERR_FORMAT = 100
	ERR_MONTANT = 200
	ERR_FATALE = 900
FIN

tabLot1 est un tableau de chaînes = ["A;x;10.5", "B;y", "C;z;abc", "D;w;4.5"]
mT est un monétaire
nR est un entier
(mT, nR) = ImporteLot(tabLot1)
Trace("lot 1 :", mT, nR)
tabLot2 est un tableau de chaînes = ["A;x;1", "STOP;-;0", "B;y;2"]
QUAND EXCEPTION DANS
	(mT, nR) = ImporteLot(tabLot2)
	Trace("jamais affiché")
FAIRE
	Trace("lot 2 abandonné :", ExceptionInfo(errCode), ExceptionInfo(errMessage))
FIN
// expect: ligne 2 rejetée (100) : 3 champs attendus, 2 lus
// expect: ligne 3 rejetée (200) : montant illisible : abc
// expect: lot 1 :, 15, 2
// expect: ligne, 2, : erreur grave, on remonte
// expect: lot 2 abandonné :, 900, fichier interrompu

PROCÉDURE ContrôleLigne(LOCAL sLigne est une chaîne)
tabChamps est un tableau de chaînes
tabChamps = ChaîneDécoupe(sLigne, ";")
SI TableauOccurrence(tabChamps) <> 3 ALORS
	ExceptionDéclenche(ERR_FORMAT, "3 champs attendus, " + TableauOccurrence(tabChamps) + " lus")
FIN
SI PAS EstNumérique(tabChamps[3]) ALORS
	ExceptionDéclenche(ERR_MONTANT, "montant illisible : " + tabChamps[3])
FIN
SI tabChamps[1] = "STOP" ALORS ExceptionDéclenche(ERR_FATALE, "fichier interrompu")
RENVOYER Val(tabChamps[3])

PROCÉDURE ImporteLot(tabLignes est un tableau de chaînes)
mTotal est un monétaire
nRejets est un entier
POUR TOUT sLigne, nNum DE tabLignes
	QUAND EXCEPTION DANS
		mTotal += ContrôleLigne(sLigne)
	FAIRE
		SELON ExceptionInfo(errCode)
			CAS ERR_FORMAT, ERR_MONTANT
				nRejets++
				Trace(ChaîneConstruit("ligne %1 rejetée (%2) : %3", nNum, ExceptionInfo(errCode), ExceptionInfo(errMessage)))
			AUTRE CAS
				Trace("ligne", nNum, ": erreur grave, on remonte")
				ExceptionPropage()
		FIN
	FIN
FIN
RENVOYER (mTotal, nRejets)
