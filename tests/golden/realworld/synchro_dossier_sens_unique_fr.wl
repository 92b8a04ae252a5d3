// Synchronisation à sens unique d'un dossier vers une sauvegarde, avec compte rendu dans
// une structure : on copie ce qui manque ou a changé (taille, date-heure de modification
// par fDateHeure), on compte le reste (fListeFichier récursif, sous-chaîne [[n À]],
// fExtraitChemin(fDisque + fRépertoire), fCopieFichier, TableauTrie). Méthode b, FS
// 6 déc. 2026 : fCopieFichier datait la copie du moment de la copie (le 2e Trace disait
// 0) ; elle garde maintenant la date de l'original, comme CopyFile de Windows et
// fRepCopie. Jumeau anglais folder_sync_one_way_en.wl.
// Synchronisation à sens unique d'un dossier vers une sauvegarde : on copie ce qui
// manque ou qui a changé (date/heure de modification ou taille), on compte le reste
STCompteRendu est une Structure
	nCopiés est un entier
	nAJour est un entier
	nErreurs est un entier
	tabDétail est un tableau de chaînes
FIN

sBase est une chaîne = fRepTemp() + "\wl_golden_synchro_" + Hasard(1, 999999999)
sSource est une chaîne = sBase + "\Documents"
sCible est une chaîne = sBase + "\Sauvegarde"
fRepCrée(sSource + "\Factures\2026")
fSauveTexte(sSource + "\lisezmoi.txt", "à lire")
fSauveTexte(sSource + "\Factures\2026\F0001.txt", "Facture 1")
fSauveTexte(sSource + "\Factures\2026\F0002.txt", "Facture 2")

cr est un STCompteRendu = Synchronise(sSource, sCible)
Trace("1er passage : " + cr.nCopiés + " copié(s), " + cr.nAJour + " à jour, " + cr.nErreurs + " erreur(s)") // expect: 1er passage : 3 copié(s), 0 à jour, 0 erreur(s)
// la copie garde la date de modification de l'original
Trace(fDateHeure(sSource + "\Factures\2026\F0001.txt") = fDateHeure(sCible + "\Factures\2026\F0001.txt")) // expect: 1
cr = Synchronise(sSource, sCible)
Trace("2e passage : " + cr.nCopiés + " copié(s), " + cr.nAJour + " à jour") // expect: 2e passage : 0 copié(s), 3 à jour
// une facture modifiée (taille différente), une nouvelle
fSauveTexte(sSource + "\Factures\2026\F0002.txt", "Facture 2 corrigée")
fSauveTexte(sSource + "\Factures\2026\F0003.txt", "Facture 3")
cr = Synchronise(sSource, sCible)
Trace("3e passage : " + cr.nCopiés + " copié(s), " + cr.nAJour + " à jour") // expect: 3e passage : 2 copié(s), 2 à jour
Trace(TableauVersChaîne(cr.tabDétail, " | ")) // expect: Factures\2026\F0002.txt | Factures\2026\F0003.txt
// même taille mais plus récent : recopié aussi
fSauveTexte(sSource + "\lisezmoi.txt", "à relire")
fSauveTexte(sCible + "\lisezmoi.txt", "à lireXX")
fDateHeure(sCible + "\lisezmoi.txt", "20200101120000")
cr = Synchronise(sSource, sCible)
Trace("4e passage : " + cr.nCopiés + " copié(s) : " + cr.tabDétail[1]) // expect: 4e passage : 1 copié(s) : lisezmoi.txt
Trace(fChargeTexte(sCible + "\lisezmoi.txt")) // expect: à relire
fRepSupprime(sBase, frRécursif)

PROCÉDURE Synchronise(LOCAL sDe est une chaîne, LOCAL sVers est une chaîne) : STCompteRendu
	crPassage est un STCompteRendu
	sListe est une chaîne = fListeFichier(ComplèteRep(sDe) + "*.*", frRécursif)
	POUR TOUTE CHAÎNE sFichier DE sListe SÉPARÉE PAR RC
		sRelatif est une chaîne = sFichier[[Taille(ComplèteRep(sDe)) + 1 À]]
		sDestination est une chaîne = ComplèteRep(sVers) + sRelatif
		SI AJour(sFichier, sDestination) ALORS
			crPassage.nAJour++
			CONTINUER
		FIN
		sDossier est une chaîne = fExtraitChemin(sDestination, fDisque + fRépertoire)
		SI PAS fRépertoireExiste(sDossier) ALORS fRepCrée(sDossier)
		SI fCopieFichier(sFichier, sDestination) ALORS
			crPassage.nCopiés++
			Ajoute(crPassage.tabDétail, sRelatif)
		SINON
			crPassage.nErreurs++
			Ajoute(crPassage.tabDétail, "ERREUR " + sRelatif + " : " + ErreurInfo(errMessage))
		FIN
	FIN
	TableauTrie(crPassage.tabDétail)
	RENVOYER crPassage

PROCÉDURE AJour(sFichier, sCopie) : booléen
	SI PAS fFichierExiste(sCopie) ALORS RENVOYER Faux
	SI fTaille(sFichier) <> fTaille(sCopie) ALORS RENVOYER Faux
	dhSource est une DateHeure = fDateHeure(sFichier, "", fModification)
	dhCopie est une DateHeure = fDateHeure(sCopie, "", fModification)
	RENVOYER dhSource <= dhCopie
