// Procédure WLangage appelée par fSurveilleRépertoire ?1000025350 : son exemple, la table
// TABLE_MODIFICATIONS remplacée par une Trace (pas de fenêtre ici), le répertoire dans le
// répertoire temporaire ; le fichier écrit, l'attente et la suppression sont les nôtres.
// Jumeau français écrit depuis la page anglaise (noms français des fonctions)
// Nom du répertoire à surveiller
sNomRépertoire est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_surv_" + Hasard(1, 999999999)
fRepCrée(sNomRépertoire)
gnVus est un entier
// La procédure fSurveilleRépertoire_Callback sera appelée
// quand un fichier ou un répertoire du répertoire est modifié.
SI fSurveilleRépertoire(sNomRépertoire, fSurveilleRépertoire_Callback, fwCreateFile + ...
fwModifyFile + fwDeleteFile + fwRename) ALORS
	// Indique à l'utilisateur que le répertoire sera surveillé
	Trace("Le répertoire sera surveillé.") // expect: Le répertoire sera surveillé.
SINON
	// Indique à l'utilisateur que le répertoire ne sera pas surveillé
	Trace("Le répertoire ne sera pas surveillé.")
FIN
// (écrit dehors, puis déplacé entier : une observation ne le voit jamais à moitié écrit)
sDehors est une chaîne = sNomRépertoire + "_nouveau.txt"
fSauveTexte(sDehors, "x")
fRenomme(sDehors, fConstruitChemin(sNomRépertoire, "nouveau", "txt"))
BOUCLE (1000)
	SI gnVus >= 1 ALORS SORTIR
	Multitâche(1)
FIN
fSupprime(fConstruitChemin(sNomRépertoire, "nouveau", "txt"))
BOUCLE (1000)
	SI gnVus >= 2 ALORS SORTIR
	Multitâche(1)
FIN
fSurveilleStopTout()
fRepSupprime(sNomRépertoire)

// Code de la procédure
PROCÉDURE fSurveilleRépertoire_Callback(sNomRépertoire, sNomFichier, nAction, sAncienNomFichier)
ExécuteThreadPrincipal(AjouteTable, sNomRépertoire, sNomFichier, nAction, sAncienNomFichier)

// Procédure qui agit sur le thread principal
PROCÉDURE AjouteTable(sNomRépertoire, sNomFichier, nAction, sAncienNomFichier)

sDésignationAction est une chaîne
// La désignation de l'action dépend de nAction
SELON nAction
	CAS fwCreateFile : sDésignationAction = "Création de fichiers"
	CAS fwDeleteFile : sDésignationAction = "Suppression de fichiers"
	CAS fwModifyFile : sDésignationAction = "Modification de fichiers"
	CAS fwRename : sDésignationAction = "Renommage de fichiers"
FIN
// Ajoute une ligne contenant les informations sur la modification
Trace(sNomFichier, sDésignationAction) // expect: nouveau.txt, Création de fichiers
// expect: nouveau.txt, Suppression de fichiers
gnVus++
