// Pages d'aide zipSupprimeFichier (?3082041, la page anglaise zipDeleteFile) et
// `<zipArchive>.SupprimeFichier` (?1000019152) ; jumeau écrit par nous : leur exemple,
// l'archive dans un dossier temporaire à la place de C:\Temp (créée d'abord).
sRep est une chaîne = fRepTemp() + fSep() + "wl_helppage_zipsuppr_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + fSep() + "Fichier.doc", "doc")
fSauveTexte(sRep + fSep() + "Notes.txt", "txt")
Faite est une zipArchive
zipCrée(Faite, sRep + fSep() + "Archive.zip")
zipAjouteListeFichier(Faite, sRep + fSep() + "Fichier.doc" + RC + sRep + fSep() + "Notes.txt")
zipFerme(Faite)
MonArchive est une zipArchive
// Ouverture de l'archive
ResOuvre est un entier = zipOuvre(MonArchive, sRep + fSep() + "Archive.zip")
ResSupprime est un entier
SI ResOuvre = 0 ALORS
	// Suppression de "Fichier.doc"
	ResSupprime = zipSupprimeFichier(MonArchive, "Fichier.doc")
	Trace(ResSupprime, zipNbFichier(MonArchive), zipChercheFichier(MonArchive, "Fichier.doc")) // expect: 0, 1, -1
FIN
ResSupprime = zipSupprimeFichier(MonArchive, "Fichier.doc")
Trace(ResSupprime > 0) // expect: 1
zipFerme(MonArchive)
Autre est une zipArchive
SI Autre.Ouvre(sRep + fSep() + "Archive.zip") = 0 ALORS
	Trace(Autre.SupprimeFichier("Notes.txt"), Autre.NbFichier()) // expect: 0, 0
FIN
Autre.Ferme()
fRepSupprime(sRep, frRécursif)
