// Page d'aide zipInfoFichier (?3082040, la page anglaise zipInfoFile ; jumeau écrit par
// nous) : son exemple dans un dossier temporaire (sRacine à la place de C:) ; la ligne
// Info, dont les dates changent à chaque exécution, est remplacée par des Traces des
// champs que sa syntaxe liste.
sRacine est une chaîne = fRepTemp() + fSep() + "wl_helppage_zipinfofr_" + Hasard(1, 999999999)
fRepCrée(sRacine + "\Répertoire")
fRepCrée(sRacine + "\Archives")
fSauveTexte(sRacine + "\Répertoire\Fichier.doc", "Rapport trimestriel")
Faite est une zipArchive
zipCrée(Faite, sRacine + "\Archives\Archive.zip")
zipAjouteFichier(Faite, sRacine + "\Répertoire\Fichier.doc", zipDisque)
zipFerme(Faite)
Archive est une zipArchive

// Ouverture d'une archive
ResOuvreArchive est un entier = zipOuvre(Archive, sRacine + "\Archives\Archive.zip")

SI ResOuvreArchive = 0 ALORS
	// Informations sur un fichier d'une archive
	ResInfoFichier est une chaîne = zipInfoFichier(Archive, sRacine + "\Répertoire\Fichier.doc")
	// Affichage des informations du fichier
	Trace(ExtraitChaîne(ResInfoFichier, 1, TAB) =] "Répertoire\Fichier.doc") // expect: 1
	Trace(ExtraitChaîne(ResInfoFichier, 2, TAB)) // expect: 19
	Trace(Taille(ExtraitChaîne(ResInfoFichier, 5, TAB))) // expect: 14
	Trace(ExtraitChaîne(ResInfoFichier, 8, TAB)) // expect: 0
	Trace(zipInfoFichier(Archive, 1) = ResInfoFichier) // expect: 1
	Trace(zipInfoFichier(Archive, "Autre.doc") = "") // expect: 1
FIN
zipFerme(Archive)
fRepSupprime(sRacine, frRécursif)
