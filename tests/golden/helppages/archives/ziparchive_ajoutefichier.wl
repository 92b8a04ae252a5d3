// Page d'aide `<Variable zipArchive>.AjouteFichier` (?1000019050 ; jumeau anglais
// ziparchive_addfile.wl) : son exemple tel qu'écrit, C:\Temp et
// C:\MonRépertoire\MesFichiers remplacés par un dossier temporaire. Avec zipDisque le
// fichier est mémorisé avec ses répertoires (jamais la lettre de lecteur).
sRep est une chaîne = fRepTemp() + fSep() + "wl_helppage_ajoutefichier_" + Hasard(1, 999999999)
fRepCrée(sRep + fSep() + "MesFichiers")
fSauveTexte(sRep + fSep() + "MesFichiers" + fSep() + "Fichier.pdf", "%PDF-1.4")
MonArchive est un zipArchive
ResCréation est un entier
ResAjoutFichier est un entier
// Création de l'archive
ResCréation = MonArchive.Crée(sRep + fSep() + "Archive.zip")
SI ResCréation = 0 ALORS
// Ajout d'un fichier dans une archive
ResAjoutFichier = MonArchive.AjouteFichier(...
sRep + fSep() + "MesFichiers" + fSep() + "Fichier.pdf", zipDisque)
FIN
// Affichage du message d'erreur si le fichier n'a pas été ajouté
SI ResAjoutFichier <> 0 ALORS
Erreur(zipMsgErreur(ResAjoutFichier))
FIN
Trace(ResCréation, ResAjoutFichier, MonArchive.NbFichier()) // expect: 0, 0, 1
Trace(MonArchive.ExtraitChemin(1, zipFichier + zipExtension)) // expect: Fichier.pdf
Trace(Droite(MonArchive.ExtraitChemin(1, zipRépertoire), 13)) // expect: \MesFichiers\
MonArchive.Ferme()
fRepSupprime(sRep, frRécursif)
