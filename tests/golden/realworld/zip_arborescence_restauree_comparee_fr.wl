// Une arborescence archivée dans un zip (zipCrée, zipAjouteRépertoire(..., Vrai,
// zipRelatif)), extraite ailleurs (zipOuvre, zipExtraitTout), puis les deux
// arborescences comparées fichier par fichier par HashFichier(HA_SHA_256, ...), un
// fichier binaire compris ; une altération est vue. Méthode b, FS 6 déc. 2026 : passe
// tel qu'écrit. Jumeau anglais zip_tree_restore_compare_en.wl.
// Archivage d'une arborescence dans un zip, extraction ailleurs, puis comparaison des
// deux arborescences fichier par fichier par empreinte SHA-256
sBase est une chaîne = fRepTemp() + fSep() + "wl_golden_zip_arbo_" + Hasard(1, 999999999)
sOrigine est une chaîne = sBase + fSep() + "Projet"
fRepCrée(sOrigine + fSep() + "src" + fSep() + "outils")
fRepCrée(sOrigine + fSep() + "docs")
fSauveTexte(sOrigine + fSep() + "lisez-moi.txt", "Projet Été 2026")
fSauveTexte(sOrigine + fSep() + "src" + fSep() + "principal.wl", "Trace(""bonjour"")")
fSauveTexte(sOrigine + fSep() + "src" + fSep() + "outils" + fSep() + "calcul.wl", "RENVOYER 42")
fSauveBuffer(sOrigine + fSep() + "docs" + fSep() + "logo.bin", HexaVersBuffer("89504E470D0A1A0A0000FF00"))

sArchive est une chaîne = sBase + fSep() + "projet.zip"
zArchive est une zipArchive
nRes est un entier = zipCrée(zArchive, sArchive)
SI nRes = 0 ALORS nRes = zipAjouteRépertoire(zArchive, sOrigine, Vrai, zipRelatif)
SI nRes <> 0 ALORS
	Trace("Archivage impossible : " + zipMsgErreur(nRes))
	RETOUR
FIN
Trace(zipNbFichier(zArchive) + " fichiers archivés") // expect: 4 fichiers archivés
zipFerme(zArchive)

sCopie est une chaîne = sBase + fSep() + "Restauration"
fRepCrée(sCopie)
zLecture est une zipArchive
SI zipOuvre(zLecture, sArchive) = 0 ALORS
	nRes = zipExtraitTout(zLecture, sCopie)
	Trace("Extraction : " + (nRes = 0 ? "ok" SINON zipMsgErreur(nRes))) // expect: Extraction : ok
	zipFerme(zLecture)
FIN

// comparaison
nIdentiques, nDifférents, nManquants sont des entiers
sListe est une chaîne = fListeFichier(sOrigine + fSep() + "*.*", frRécursif)
POUR TOUTE CHAÎNE sFichier DE sListe SÉPARÉE PAR RC
	sRelatif est une chaîne = Milieu(sFichier, Taille(sOrigine) + 2)
	sRestauré est une chaîne = sCopie + fSep() + sRelatif
	SI PAS fFichierExiste(sRestauré) ALORS
		nManquants++
		Trace("Manquant : " + sRelatif)
	SINON SI HashFichier(HA_SHA_256, sFichier) = HashFichier(HA_SHA_256, sRestauré) ALORS
		nIdentiques++
	SINON
		nDifférents++
		Trace("Différent : " + sRelatif)
	FIN
FIN
Trace(ChaîneConstruit("%1 identique(s), %2 différent(s), %3 manquant(s)", nIdentiques, nDifférents, nManquants)) // expect: 4 identique(s), 0 différent(s), 0 manquant(s)
// une altération est bien vue
fSauveTexte(sCopie + fSep() + "src" + fSep() + "outils" + fSep() + "calcul.wl", "RENVOYER 43")
Trace(HashFichier(HA_SHA_256, sOrigine + fSep() + "src" + fSep() + "outils" + fSep() + "calcul.wl") = HashFichier(HA_SHA_256, sCopie + fSep() + "src" + fSep() + "outils" + fSep() + "calcul.wl")) // expect: 0
fRepSupprime(sBase, frRécursif)
