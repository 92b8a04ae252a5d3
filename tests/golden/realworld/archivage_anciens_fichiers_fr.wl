// Archivage des fichiers de plus de N jours dans Archives\AAAA\MM selon leur date de
// modification (fDateHeure pour les dater, fDate(..., "", fModification),
// DateDifférence, ..Année/..Mois, fRepCrée, fDéplaceFichier qui garde la date), un
// rapport trié sans casse (ChaîneVersTableau, TableauTrie(t, ttCroissant +
// ccSansCasse)), les fichiers récents laissés. Méthode b, FS 6 déc. 2026 : passe tel
// qu'écrit. Jumeau anglais archiving_old_files_en.wl.
// Archivage des fichiers de plus de N jours : déplacés dans Archives\AAAA\MM selon leur
// date de modification, les fichiers récents restent
CONSTANTE
	ANCIENNETÉ_JOURS = 30
FIN
sRacine est une chaîne = fRepTemp() + "\wl_golden_archivage_" + Hasard(1, 999999999)
sBoîte est une chaîne = sRacine + "\Entrants"
fRepCrée(sBoîte)
tabFichiers est un tableau de chaînes = ["bl_0001.pdf", "bl_0002.pdf", "facture_0150.pdf", "récent.txt", "Ancien Export.CSV"]
tabDates est un tableau de chaînes = ["20260115083000", "20260220170000", "20251231235900", "", "20240601120000"]
POUR i = 1 _À_ tabFichiers..Occurrence
	fSauveTexte(sBoîte + "\" + tabFichiers[i], "contenu " + i)
	SI tabDates[i] <> "" ALORS fDateHeure(sBoîte + "\" + tabFichiers[i], tabDates[i])
FIN

dRéférence est une Date = "20261206"
nDéplacés est un entier
sRapport est une chaîne
POUR TOUTE CHAÎNE sFichier DE fListeFichier(sBoîte + "\*.*") SÉPARÉE PAR RC
	dModif est une Date = fDate(sFichier, "", fModification)
	SI DateDifférence(dModif, dRéférence) <= ANCIENNETÉ_JOURS ALORS CONTINUER
	sDossier est une chaîne = sRacine + "\Archives\" + dModif..Année + "\" + NumériqueVersChaîne(dModif..Mois, "02d")
	SI PAS fRépertoireExiste(sDossier) ALORS
		SI PAS fRepCrée(sDossier) ALORS
			Trace("Création impossible : " + sDossier)
			CONTINUER
		FIN
	FIN
	SI fDéplaceFichier(sFichier, sDossier + "\" + fExtraitChemin(sFichier, fFichier + fExtension)) ALORS
		nDéplacés++
		sRapport += [RC] + fExtraitChemin(sFichier, fFichier + fExtension) + " -> " + dModif..Année + "\" + NumériqueVersChaîne(dModif..Mois, "02d")
	SINON
		Trace("Échec : " + ErreurInfo(errMessage))
	FIN
FIN
Trace(nDéplacés + " fichier(s) archivé(s)") // expect: 4 fichier(s) archivé(s)
// expect: Ancien Export.CSV -> 2024\06
// expect: bl_0001.pdf -> 2026\01
// expect: bl_0002.pdf -> 2026\02
// expect: facture_0150.pdf -> 2025\12
tabLignes est un tableau de chaînes
ChaîneVersTableau(sRapport, tabLignes, RC)
TableauTrie(tabLignes, ttCroissant + ccSansCasse)
POUR TOUT s DE tabLignes
	Trace(s)
FIN
Trace("Restent : " + Remplace(fListeFichier(sBoîte + "\*.*", frNonRécursif), sBoîte + "\", "")) // expect: Restent : récent.txt
Trace(fFichierExiste(sRacine + "\Archives\2024\06\Ancien Export.CSV"), fDate(sRacine + "\Archives\2024\06\Ancien Export.CSV")) // expect: 1, 20240601
fRepSupprime(sRacine, frRécursif)
