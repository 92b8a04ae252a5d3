// Un gros export CSV découpé en fichiers numérotés de N lignes, l'entête répété dans
// chaque morceau (fOuvre, fLitLigne jusqu'à EOT, fCrée, fÉcritLigne et fEcritLigne,
// NumériqueVersChaîne(n, "03d"), ComplèteRep), puis contrôlé : lignes et encours
// relus (fListeFichier, fExtraitChemin, TableauTrie, POUR TOUTE CHAÎNE ... SÉPARÉE PAR).
// Méthode b, FS 6 déc. 2026 : passe tel qu'écrit. Jumeau anglais split_csv_chunks_en.wl.
// Découpage d'un gros export CSV en fichiers numérotés de N lignes, l'entête répété dans
// chaque morceau, puis contrôle : somme des lignes et des montants.
CONSTANTE
	LIGNES_PAR_MORCEAU = 4
	SEPARATEUR = ";"
FIN
sRep est une chaîne = fRepTemp() + "\wl_golden_decoupe_csv_" + Hasard(1, 999999999)
fRepCrée(sRep)
sSource est une chaîne = sRep + "\clients_export.csv"
sContenu est une chaîne = "Code;Nom;Ville;Encours" + RC
POUR i = 1 À 10
	sContenu += ChaîneConstruit("C%1;Client n°%2;Montréal;%3", NumériqueVersChaîne(i, "04d"), i, i * 12.5) + RC
FIN
fSauveTexte(sSource, sContenu)

nNbMorceaux est un entier = DécoupeCSV(sSource, sRep + "\morceaux", LIGNES_PAR_MORCEAU)
Trace("Morceaux écrits : " + nNbMorceaux) // expect: Morceaux écrits : 3
sListe est une chaîne = fListeFichier(sRep + "\morceaux\clients_export_*.csv", frNonRécursif)
tabFichiers est un tableau de chaînes
POUR TOUTE CHAÎNE sF DE sListe SÉPARÉE PAR RC
	Ajoute(tabFichiers, fExtraitChemin(sF, fFichier + fExtension))
FIN
TableauTrie(tabFichiers)
Trace(TableauVersChaîne(tabFichiers, ", ")) // expect: clients_export_001.csv, clients_export_002.csv, clients_export_003.csv
// contrôle
nTotalLignes est un entier
mTotal est un monétaire
POUR TOUT sFichier DE tabFichiers
	nLigne est un entier = 0
	POUR TOUTE CHAÎNE sLigne DE fChargeTexte(sRep + "\morceaux\" + sFichier) SÉPARÉE PAR RC
		nLigne++
		SI nLigne = 1 OU sLigne = "" ALORS CONTINUER
		nTotalLignes++
		mTotal += Val(ExtraitChaîne(sLigne, 4, SEPARATEUR))
	FIN
FIN
Trace("Lignes : " + nTotalLignes + ", encours : " + mTotal) // expect: Lignes : 10, encours : 687.5
Trace(ExtraitLigne(fChargeTexte(sRep + "\morceaux\clients_export_003.csv"), 2)) // expect: C0009;Client n°9;Montréal;112.5
fRepSupprime(sRep, frRécursif)

PROCÉDURE DécoupeCSV(sFichier est une chaîne, sDossierCible est une chaîne, nLignes est un entier = 1000) : entier
	SI PAS fRépertoireExiste(sDossierCible) ALORS fRepCrée(sDossierCible)
	sNomBase est une chaîne = fExtraitChemin(sFichier, fFichier)
	nFic est un entier = fOuvre(sFichier, foLecture)
	SI nFic = -1 ALORS RENVOYER 0
	sEntête est une chaîne = fLitLigne(nFic)
	nNumMorceau est un entier = 0
	nDansMorceau est un entier = nLignes
	nSortie est un entier = -1
	sLigne est une chaîne
	BOUCLE
		sLigne = fLitLigne(nFic)
		SI sLigne = EOT ALORS SORTIR
		SI sLigne = "" ALORS CONTINUER
		SI nDansMorceau >= nLignes ALORS
			SI nSortie <> -1 ALORS fFerme(nSortie)
			nNumMorceau++
			nSortie = fCrée(ComplèteRep(sDossierCible) + sNomBase + "_" + NumériqueVersChaîne(nNumMorceau, "03d") + ".csv")
			fEcritLigne(nSortie, sEntête)
			nDansMorceau = 0
		FIN
		fÉcritLigne(nSortie, sLigne)
		nDansMorceau++
	FIN
	SI nSortie <> -1 ALORS fFerme(nSortie)
	fFerme(nFic)
	RENVOYER nNumMorceau
