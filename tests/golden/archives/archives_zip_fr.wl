// archives zip et tar.gz en français (?3082003 zipCrée, ?3082044 zipOuvre, ?3082019 zipExtraitFichier)
rep est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_zipfr_" + Hasard(1, 999999999)
fRepCrée(fConstruitChemin(rep, "docs"))
fSauveTexte(fConstruitChemin(rep, "un", "txt"), "premier")
fSauveTexte(fConstruitChemin(rep, "docs\deux", "txt"), "second")
t est une zipArchive
Trace(zipCrée(t, fConstruitChemin(rep, "sauve", "tgz"))) // expect: 0
Trace(zipAjouteListeFichier(t, fConstruitChemin(rep, "un", "txt") + RC + fConstruitChemin(rep, "docs\deux", "txt")), zipNbFichier(t)) // expect: 0, 2
Trace(zipChercheFichier(t, "deux.txt"), zipExtraitChemin(t, 2, zipFichier)) // expect: 2, deux
// une .tgz ne perd pas de fichier : code 5 (?3082041, depuis le 5 déc. 2026)
Trace(zipSupprimeFichier(t, "un.txt"), zipNbFichier(t), zipExtraitChemin(t, 1)) // expect: 5, 2, un.txt
Trace(zipExtraitTout(t, fConstruitChemin(rep, "sortie")), fChargeTexte(fConstruitChemin(rep, "sortie\deux", "txt"))) // expect: 0, second
Trace(zipFerme(t), zipNbFichier(t)) // expect: 0, -1
z est une zipArchive
Trace(zipOuvre(z, fConstruitChemin(rep, "sauve", "tgz"), zipLecture), zipNbFichier(z), zipAjouteFichier(z, fConstruitChemin(rep, "un", "txt"))) // expect: 0, 2, 8
Trace(zipOuvre(z, fConstruitChemin(rep, "sauve", "7z")), zipMsgErreur(5)) // expect: 5, This archive format is not supported, or not for this operation (wlinterp handles .zip, .tar, .tgz/.tar.gz and .gz; a .tar or .tgz takes no password, compression level, split or file deletion).
// un répertoire relatif au répertoire en cours est mémorisé sous son chemin tel que
// donné (zipRépertoire, le défaut : ?3082014)
sAvant est une chaîne = fRepEnCours()
fRepEnCours(rep)
Trace(zipCree("Sauve", fConstruitChemin(rep, "s", "zip")), zipAjouteRepertoire("Sauve", "docs"), ZIPNBFICHIER("sauve")) // expect: 0, 0, 1
fRepEnCours(sAvant)
Trace(zipExtraitChemin("Sauve", 1, zipRépertoire)) // expect: docs\
// zipExtraitRépertoire (?1000025518) : sous le chemin donné, avec l'arborescence mémorisée
Trace(zipExtraitRépertoire("Sauve", "DOCS", fConstruitChemin(rep, "ici")), fChargeTexte(fConstruitChemin(rep, "ici\docs\deux", "txt"))) // expect: 0, second
zipFerme("Sauve")
fRepSupprime(rep, frRécursif)
Trace(fRépertoireExiste(rep)) // expect: 0
