// Page d'aide zipAjouteRépertoire (?3082014, la page anglaise zipAddDirectory ; jumeau
// écrit par nous) : son exemple, sRacine (un dossier temporaire) à la place de C: ;
// puis sa syntaxe : <Sous-répertoire> Vrai par défaut, Faux n'ajoute que les fichiers
// du répertoire ; zipRépertoire (le défaut) mémorise chaque fichier sous ses
// répertoires, zipRelatif (nom français INFERRED) sous son chemin dans le répertoire.
sRacine est une chaîne = fRepTemp() + fSep() + "wl_helppage_zipajrep_" + Hasard(1, 999999999)
fRepCrée(sRacine + "\MonRépertoire\MesFichiers\Sous")
fRepCrée(sRacine + "\Temp")
fSauveTexte(sRacine + "\MonRépertoire\MesFichiers\Facture.txt", "A")
fSauveTexte(sRacine + "\MonRépertoire\MesFichiers\Sous\Commande.txt", "B")
ResAjoutRep est un entier
MonArchive est une zipArchive
// Création de l'archive
ResCréation est un entier = zipCrée(MonArchive, sRacine + "\Temp\Archive.zip")
SI ResCréation = 0 ALORS
	// Ajout de tous les fichiers du répertoire
	ResAjoutRep = zipAjouteRépertoire(MonArchive, ...
			sRacine + "\MonRépertoire\MesFichiers", Vrai, zipDisque)
FIN
// Affichage du message d'erreur si l'ajout n'a pas été effectué
SI ResAjoutRep <> 0 ALORS Erreur(zipMsgErreur(ResAjoutRep))
Trace(ResAjoutRep, zipNbFichier(MonArchive)) // expect: 0, 2
Trace(zipExtraitChemin(MonArchive, 2) =] "MonRépertoire\MesFichiers\Sous\Commande.txt") // expect: 1
zipFerme(MonArchive)
Autre est une zipArchive
zipCrée(Autre, sRacine + "\Temp\Autre.zip")
Trace(zipAjouteRepertoire(Autre, sRacine + "\MonRépertoire\MesFichiers", Faux, zipRelatif)) // expect: 0
Trace(zipNbFichier(Autre), zipExtraitChemin(Autre, 1)) // expect: 1, Facture.txt
Trace(zipAjouteRépertoire(Autre, sRacine + "\MonRépertoire\MesFichiers", Vrai, zipRelatif)) // expect: 0
Trace(zipNbFichier(Autre), zipExtraitChemin(Autre, 2)) // expect: 2, Sous\Commande.txt
zipFerme(Autre)
fRepSupprime(sRacine, frRécursif)
