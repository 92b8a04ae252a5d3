// Deux valeurs d'une même énumération se comparent avec < <= > >= selon leur ordre de
// déclaration (décidé, INFERRED : aucune page stockée ne le dit ; un vrai journal filtre
// ses niveaux ainsi, déclarés du plus au moins important, SI niv > seuil ALORS RETOUR).
// Elles se comparaient par leur place en mémoire : ERR > LOG pouvait être vrai.
NiveauEnum est une Énumération
	EErreur = 0
	ELog = 1
	EDebug
	ETrace
FIN
seuil est un NiveauEnum = NiveauEnum.ELog
Trace(NiveauEnum.EErreur > seuil, NiveauEnum.ELog > seuil) // expect: 0, 0
Trace(NiveauEnum.EDebug > seuil, NiveauEnum.ETrace >= seuil) // expect: 1, 1
Trace(NiveauEnum.EErreur < NiveauEnum.ETrace, ELog <= ELog, EDebug < ELog) // expect: 1, 1, 0
Ecrits est un entier
POUR TOUT niv DE NiveauEnum
	SI niv > seuil ALORS CONTINUER
	Ecrits++
FIN
Trace(Ecrits) // expect: 2
