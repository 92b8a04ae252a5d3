// Page d'aide `<zipArchive>.ChangeChemin` (?1000026329, la page anglaise .ChangePath ;
// jumeau écrit par nous) : son exemple, l'archive créée d'abord dans un dossier
// temporaire à la place de C:\MesArchives.
sRep est une chaîne = fRepTemp() + fSep() + "wl_helppage_changechemin_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + fSep() + "Fichier.doc", "compte rendu")
Faite est une zipArchive
Faite.Crée(sRep + fSep() + "Archive.zip")
Faite.AjouteFichier(sRep + fSep() + "Fichier.doc")
Faite.Ferme()
MonArchive est une zipArchive
// Ouverture d'une archive
ResOuvreArchive est un entier = MonArchive.Ouvre(sRep + fSep() + "Archive.zip")
SI ResOuvreArchive = 0 ALORS
	// Modification du chemin mémorisé de Fichier.doc
	ResChangeChemin est un entier = MonArchive.ChangeChemin("Fichier.doc", "Sauvegarde.doc")
	Trace(ResChangeChemin, MonArchive.ListeFichier()) // expect: 0, Sauvegarde.doc
	Trace(MonArchive.ChercheFichier("Fichier.doc")) // expect: -1
FIN
MonArchive.Ferme()
fRepSupprime(sRep, frRécursif)
