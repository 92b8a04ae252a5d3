// Sauvegarde quotidienne comme l'écrit un développeur WINDEV : le dossier de données
// zippé (zipAjouteRépertoire zipRelatif) sous un nom horodaté, son empreinte SHA-256
// (HashFichier, BufferVersHexa SansRegroupement SansLigne) écrite à côté et vérifiée
// (HashVérifieFichier), puis on garde les 7 dernières : fListeFichier trié par
// ChaîneVersTableau + TableauTrie décroissant, fSupprime des plus anciennes.
// Jumeau anglais : backup_rotation_en.wl.
CONSTANTE
	NB_SAUVEGARDES = 7
	PREFIXE = "Sauvegarde_"
FIN
sBase est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_sauve_" + Hasard(1, 99999999)
sDonnées est une chaîne = sBase + "\Données"
sSauvegardes est une chaîne = sBase + "\Sauvegardes"
fRepCrée(sDonnées + "\Clients")
fRepCrée(sSauvegardes)
fSauveTexte(sDonnées + "\Clients\clients.csv", "1;Dupont;Paris" + RC + "2;Lefèvre;Lyon")
fSauveTexte(sDonnées + "\paramètres.ini", "[App]" + RC + "Version=3")
// dix anciennes sauvegardes
POUR i = 1 _A_ 10
	fSauveTexte(sSauvegardes + "\" + PREFIXE + "202611" + NumériqueVersChaîne(i, "02d") + "_2300.zip", "vieux " + i)
FIN
sArchive est une chaîne = SauvegardeDossier(sDonnées, sSauvegardes, "20261205_2300")
Trace(fExtraitChemin(sArchive, fFichier + fExtension), fTaille(sArchive) > 0) // expect: Sauvegarde_20261205_2300.zip, 1
sEmpreinte est une chaîne = BufferVersHexa(HashFichier(HA_SHA_256, sArchive), SansRegroupement, SansLigne)
Trace(Taille(sEmpreinte)) // expect: 64
fSauveTexte(sArchive + ".sha256", sEmpreinte)
Trace(HashVérifieFichier(HA_SHA_256, sArchive, HexaVersBuffer(fChargeTexte(sArchive + ".sha256")))) // expect: 1
Trace("Supprimées : " + PurgeSauvegardes(sSauvegardes, NB_SAUVEGARDES)) // expect: Supprimées : 4
POUR TOUTE CHAÎNE sF DE fListeFichier(sSauvegardes + "\" + PREFIXE + "*.zip", frNonRécursif) SÉPARÉE PAR RC
	Trace(fExtraitChemin(sF, fFichier + fExtension))
FIN
// expect: Sauvegarde_20261105_2300.zip
// expect: Sauvegarde_20261106_2300.zip
// expect: Sauvegarde_20261107_2300.zip
// expect: Sauvegarde_20261108_2300.zip
// expect: Sauvegarde_20261109_2300.zip
// expect: Sauvegarde_20261110_2300.zip
// expect: Sauvegarde_20261205_2300.zip
Trace(fFichierExiste(sArchive + ".sha256")) // expect: 1
// contrôle du contenu
zArch est un zipArchive
SI zipOuvre(zArch, sArchive) = 0 ALORS
	Trace(zipNbFichier(zArch), zipChercheFichier(zArch, "Clients\clients.csv") > 0) // expect: 2, 1
	zipFerme(zArch)
FIN
fRepSupprime(sBase, frRécursif)

PROCÉDURE SauvegardeDossier(sSource, sDestination, sHorodatage)
sNomZip est une chaîne = ComplèteRep(sDestination) + PREFIXE + sHorodatage + ".zip"
MonArchive est un zipArchive
nRes est un entier = zipCrée(MonArchive, sNomZip)
SI nRes <> 0 ALORS
	Trace("Création impossible : " + zipMsgErreur(nRes))
	RENVOYER ""
FIN
nRes = zipAjouteRépertoire(MonArchive, sSource, Vrai, zipRelatif)
SI nRes <> 0 ALORS Trace("Erreur : " + zipMsgErreur(nRes))
zipFerme(MonArchive)
RENVOYER sNomZip

PROCÉDURE PurgeSauvegardes(sDossier, nAGarder est un entier)
tabFichiers est un tableau de chaînes
ChaîneVersTableau(fListeFichier(ComplèteRep(sDossier) + PREFIXE + "*.zip", frNonRécursif), tabFichiers, RC)
TableauTrie(tabFichiers, ttDécroissant)
nSupprimés est un entier
POUR i = nAGarder + 1 _À_ tabFichiers..Occurrence
	SI fSupprime(tabFichiers[i]) ALORS
		nSupprimés++
		SI fFichierExiste(tabFichiers[i] + ".sha256") ALORS fSupprime(tabFichiers[i] + ".sha256")
	FIN
FIN
RENVOYER nSupprimés
