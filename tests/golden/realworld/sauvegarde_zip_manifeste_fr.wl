// Sauvegarde d'un dossier dans un zip daté avec un manifeste, comme un développeur WINDEV
// l'écrit : fListeFichier récursif en tableau (ChaîneVersTableau, TableauTrie), les .tmp
// écartés, zipCrée / zipAjouteFichier / zipMsgErreur, un manifeste nom + taille ajouté à
// l'archive, puis relu en mémoire (zipExtraitFichier zipMémoire) et parcouru par POUR
// TOUTE CHAÎNE. Jumeau anglais : folder_backup_manifest_en.wl.
sBase est une chaîne = fRepTemp() + "\wl_golden_sauvegarde_" + Hasard(1, 99999999)
CONSTANTE
	EXT_EXCLUE = ".tmp"
FIN

sRepSource est une chaîne = sBase + [fSep] + "source_compta"
sRepSauvegarde est une chaine = sBase + [fSep] + "sauvegardes"
SI fRépertoireExiste(sRepSource) ALORS fRepSupprime(sRepSource, frRécursif)
SI fRepertoireExiste(sRepSauvegarde) ALORS fRepSupprime(sRepSauvegarde, frRecursif)
fRepCrée(sRepSource + "\Factures")
fRepCrée(sRepSauvegarde)
fSauveTexte(sRepSource + "\journal.txt", "Ecritures du mois" + RC + "411000;1200,00")
fSauveTexte(sRepSource + "\Factures\F0001.txt", "Facture 1 : 120,00 €")
fSauveTexte(sRepSource + "\Factures\F0002.txt", "Facture 2 : 80,50 €")
fSauveTexte(sRepSource + "\brouillon.tmp", "à ne pas sauvegarder")

nNbFichiers est un entier
sFichierZip est une chaîne = SauvegardeDossier(sRepSource, sRepSauvegarde, "20261206", nNbFichiers)
Trace("Fichiers sauvegardés : " + nNbFichiers)
Trace(fExtraitChemin(sFichierZip, fFichier + fExtension))

// relecture : le manifeste et le nombre de fichiers
arc est un zipArchive
SI zipOuvre(arc, sFichierZip) <> 0 ALORS
	Erreur("Impossible d'ouvrir " + sFichierZip)
	RETOUR
FIN
Trace("Dans l'archive : " + zipNbFichier(arc))
bufManifeste est un Buffer = zipExtraitFichier(arc, "manifeste.txt", zipMémoire)
POUR TOUTE CHAÎNE sLigne DE bufManifeste SEPAREE PAR RC
	SI sLigne = "" ALORS CONTINUER
	Trace(sLigne)
FIN
zipFerme(arc)
fRepSupprime(sBase, frRécursif)


// ce qu'il affiche
// expect: Fichiers sauvegardés : 3
// expect: sauvegarde_20261206.zip
// expect: Dans l'archive : 4
// expect: F0001.txt	22
// expect: F0002.txt	21
// expect: journal.txt	33

//----------------------------------------------------------------------
PROCÉDURE SauvegardeDossier(LOCAL sSource est une chaîne, LOCAL sDest est une chaîne, sJour est une chaîne, nNb est un entier)
sZip est une chaîne = sDest + "\sauvegarde_" + sJour + ".zip"
MonArchive est un zipArchive
nRes est un entier = zipCrée(MonArchive, sZip)
SI nRes <> 0 ALORS
	Trace("zipCrée : " + zipMsgErreur(nRes))
	RENVOYER ""
FIN
sListe est une chaîne = fListeFichier(sSource + "\*.*", frRécursif)
tabFichiers est un tableau de chaînes
ChaîneVersTableau(sListe, tabFichiers, RC)
TableauTrie(tabFichiers)
sManifeste est une chaîne
nNb = 0
POUR TOUT sFichier DE tabFichiers
	SI fExtraitChemin(sFichier, fExtension) ~= EXT_EXCLUE ALORS CONTINUER
	nRes = zipAjouteFichier(MonArchive, sFichier)
	SI nRes = 0 ALORS
		nNb++
		sManifeste += [RC] + fExtraitChemin(sFichier, fFichier + fExtension) + TAB + fTaille(sFichier)
	SINON
		Trace("Refusé : " + sFichier + " (" + zipMsgErreur(nRes) + ")")
	FIN
FIN
sFicManifeste est une chaîne = sDest + "\manifeste.txt"
fSauveTexte(sFicManifeste, sManifeste)
zipAjouteFichier(MonArchive, sFicManifeste)
fSupprime(sFicManifeste)
zipFerme(MonArchive)
RENVOYER sZip
