// Nettoyage des fichiers temporaires de plus de N jours : fListeFichier récursif,
// fDate / fHeure de modification dans ..PartieDate / ..PartieHeure d'une DateHeure,
// DateHeureDifférence (le nombre de jours lu dans "+JJJJJJJHHMMSSCC") contrôlée par la
// soustraction de deux DateHeure (une Durée, ..EnJours), fTaille, fSupprime ; les fichiers
// vieillis par fDateHeure(fichier, dh, fModification). Jumeau anglais : temp_files_cleanup_en.wl.
CONSTANTE
	JOURS_CONSERVATION = 7
FIN
sRepTravail est une chaîne = fRepTemp() + "\wl_golden_nettoyage_" + Hasard(1, 99999999)
SI fRépertoireExiste(sRepTravail) ALORS fRepSupprime(sRepTravail, frRécursif)
fRepCrée(sRepTravail + "\exports")
PrépareFichier(sRepTravail + "\vieux_rapport.tmp", 30)
PrépareFichier(sRepTravail + "\exports\export_ancien.csv", 8)
PrépareFichier(sRepTravail + "\exports\export_recent.csv", 2)
PrépareFichier(sRepTravail + "\aujourdhui.log", 0)

nSupprimés est un entier
nOctets est un entier
sListe est une chaîne = fListeFichier(sRepTravail + "\*.*", frRécursif)
tabFichiers est un tableau de chaînes
ChaîneVersTableau(sListe, tabFichiers, RC)
TableauTrie(tabFichiers)
POUR TOUT sFichier DE tabFichiers
	dhModif est une DateHeure
	dhModif..PartieDate = fDate(sFichier, "", fModification)
	dhModif..PartieHeure = fHeure(sFichier, "", fModification)
	sEcart est une chaîne = DateHeureDifférence(dhModif, DateHeureSys())
	nJours est un entier = Val(Milieu(sEcart, 2, 7))
	duAge est une Durée = DateHeureSys() - dhModif
	SI nJours <> PartieEntière(duAge..EnJours) ALORS Trace("Ecart incohérent : " + sEcart)
	SI nJours >= JOURS_CONSERVATION ALORS
		nOctets += fTaille(sFichier)
		SI fSupprime(sFichier) ALORS
			nSupprimés++
			Trace("Supprimé : " + fExtraitChemin(sFichier, fFichier + fExtension) + " (" + nJours + " jours)")
		SINON
			Trace("Echec : " + ErreurInfo(errMessage))
		FIN
	SINON
		Trace("Gardé : " + fExtraitChemin(sFichier, fFichier + fExtension))
	FIN
FIN
Trace(nSupprimés + " fichier(s), " + nOctets + " octet(s) libérés")
Trace(fFichierExiste(sRepTravail + "\exports\export_recent.csv"), fFichierExiste(sRepTravail + "\vieux_rapport.tmp"))
fRepSupprime(sRepTravail, frRécursif)

// ce qu'il affiche
// expect: Gardé : aujourdhui.log
// expect: Supprimé : export_ancien.csv (8 jours)
// expect: Gardé : export_recent.csv
// expect: Supprimé : vieux_rapport.tmp (30 jours)
// expect: 2 fichier(s), 58 octet(s) libérés
// expect: 1, 0

PROCÉDURE PrépareFichier(sChemin est une chaîne, nJours est un entier)
fSauveTexte(sChemin, Répète("x", 10 + nJours))
dhAncienne est une DateHeure = DateHeureSys()
dhAncienne..Jour -= nJours
dhAncienne..Heure -= 1
SI PAS fDateHeure(sChemin, dhAncienne, fModification) ALORS Trace(ErreurInfo(errMessage))
