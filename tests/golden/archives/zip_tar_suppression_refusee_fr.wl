// zipSupprimeFichier sur une archive .tar / .tgz : refusé avec le code 5, comme le dit
// sa page (?3082041 : on ne supprime pas de fichier d'une archive TAR ou TGZ) ;
// zipSupprimeListeFichier et zipSupprimeTout de même (INFERRED) ; l'archive reste
// entière. Avant, wlinterp réécrivait l'archive sans le fichier. Une .zip supprime
// toujours. Puis zipExtraitTout avec les paramètres de la page (?3082011,
// `.ExtraitTout` ?1000019085 : destination, options, procédure, jauge) : quatre
// étaient refusés ; les options sont acceptées, la procédure choisit les fichiers
// (zip_filtre_extraction_fr.wl) et Garde les laisse tous passer.
sRep est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_tarsup_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "\Un.txt", "un")
fSauveTexte(sRep + "\Deux.txt", "deux")
t est une zipArchive
Trace(zipCrée(t, sRep + "\Sauve.tar.gz")) // expect: 0
Trace(zipAjouteListeFichier(t, sRep + "\Un.txt" + RC + sRep + "\Deux.txt")) // expect: 0
nRés est un entier = zipSupprimeFichier(t, "Un.txt")
Trace(nRés, zipNbFichier(t), zipMsgErreur(nRés)) // expect: 5, 2, This archive format is not supported, or not for this operation (wlinterp handles .zip, .tar, .tgz/.tar.gz and .gz; a .tar or .tgz takes no password, compression level, split or file deletion).
Trace(zipSupprimeListeFichier(t, "Un.txt" + RC + "Deux.txt"), zipSupprimeTout(t), zipNbFichier(t)) // expect: 5, 5, 2
Trace(t.SupprimeFichier(1), zipListeFichier(t) = "Un.txt" + RC + "Deux.txt") // expect: 5, 1
// extraites avec les paramètres de la page
Trace(zipExtraitTout(t, sRep + "\Sortie", zipAucun, Garde)) // expect: 0
Trace(fChargeTexte(sRep + "\Sortie\Un.txt"), fChargeTexte(sRep + "\Sortie\Deux.txt")) // expect: un, deux
Trace(t.ExtraitTout(sRep + "\Sortie2", 0, Garde, Null)) // expect: 0
Trace(fFichierExiste(sRep + "\Sortie2\Deux.txt")) // expect: 1
zipFerme(t)
// une .zip supprime
z est une zipArchive
Trace(zipCrée(z, sRep + "\Sauve.zip"), zipAjouteFichier(z, sRep + "\Un.txt"), zipSupprimeFichier(z, "Un.txt"), zipNbFichier(z)) // expect: 0, 0, 0, 0
zipFerme(z)
fRepSupprime(sRep, frRécursif)

PROCÉDURE Garde(sChemin)
RENVOYER Vrai
