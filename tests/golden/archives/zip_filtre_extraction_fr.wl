// La procédure WLanguage passée à zipExtraitTout, zipExtraitRépertoire et
// zipExtraitListeFichier (et aux méthodes du zipArchive) choisit les fichiers : elle est
// appelée pour chacun avec son chemin stocké (écrit avec \) et un résultat Faux laisse ce
// fichier dans l'archive ; Vrai ou aucun résultat l'extrait. INFÉRÉ de la remarque
// "Filtre" des pages (?1000025518, ?1000025755), docs/builtins.md "Archives". Avant, la
// procédure était acceptée et jamais appelée : tous les fichiers sortaient.
sRep est une chaîne = CompleteRep(fRepTemp()) + "wl_golden_filtrezip_" + Hasard(1, 999999999)
fRepCrée(sRep + "\Source\Pièces")
fSauveTexte(sRep + "\Source\facture.txt", "F")
fSauveTexte(sRep + "\Source\journal.log", "J")
fSauveTexte(sRep + "\Source\Pièces\reçu.txt", "R")
arch est un zipArchive
Trace(zipCrée(arch, sRep + "\Sauvegarde.zip")) // expect: 0
Trace(zipAjouteRépertoire(arch, sRep + "\Source", Vrai, zipRelatif)) // expect: 0
gnAppels est un entier
gsDemandés est une chaîne
Trace(zipExtraitTout(arch, sRep + "\Sortie", zipAucun, SeulementTexte)) // expect: 0
Trace(gsDemandés) // expect: facture.txt;journal.log;Pièces\reçu.txt;
Trace(gnAppels, fFichierExiste(sRep + "\Sortie\facture.txt"), fFichierExiste(sRep + "\Sortie\journal.log"), fFichierExiste(sRep + "\Sortie\Pièces\reçu.txt")) // expect: 3, 1, 0, 1
// la méthode, une procédure sans résultat : tous les fichiers
Trace(arch.ExtraitTout(sRep + "\Sortie2", 0, Compte)) // expect: 0
Trace(gnAppels, fFichierExiste(sRep + "\Sortie2\journal.log")) // expect: 6, 1
// un répertoire de l'archive, puis une liste
Trace(zipExtraitRépertoire(arch, "Pièces", sRep + "\Sortie3", 0, Aucun)) // expect: 0
Trace(fRépertoireExiste(sRep + "\Sortie3\Pièces")) // expect: 0
Trace(zipExtraitListeFichier(arch, "facture.txt" + RC + "journal.log", sRep + "\Sortie4", 0, SeulementTexte)) // expect: 0
Trace(fFichierExiste(sRep + "\Sortie4\facture.txt"), fFichierExiste(sRep + "\Sortie4\journal.log")) // expect: 1, 0
zipFerme(arch)
// la procédure de zipAjouteRépertoire choisit les fichiers ajoutés : appelée avec le
// chemin de chacun tel que le dossier a été écrit (elle était acceptée, jamais appelée)
gsDemandés = ""
zAjout est un zipArchive
Trace(zipCrée(zAjout, sRep + "\Texte.zip"), zipAjouteRépertoire(zAjout, sRep + "\Source", Vrai, zipRelatif, SeulementTexte)) // expect: 0, 0
Trace(Remplace(zipListeFichier(zAjout), RC, ";"), Remplace(gsDemandés, sRep, "<rep>")) // expect: facture.txt;Pièces\reçu.txt, <rep>\Source\facture.txt;<rep>\Source\journal.log;<rep>\Source\Pièces\reçu.txt;
zipFerme(zAjout)
fRepSupprime(sRep, frRécursif)

PROCÉDURE SeulementTexte(sCheminStocké)
gnAppels++
gsDemandés += sCheminStocké + ";"
RENVOYER Minuscule(fExtraitChemin(sCheminStocké, fExtension)) = ".txt"

PROCÉDURE Compte(sCheminStocké)
gnAppels++

PROCÉDURE Aucun(sCheminStocké)
RENVOYER Faux
