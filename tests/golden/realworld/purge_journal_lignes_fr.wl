// (method b) Purge d'un journal : les lignes de plus de 30 jours retirées (le fichier
// réécrit par un temporaire puis fRenomme), une ligne de suite sans date (pile d'appels)
// suit le sort de sa ligne datée ; dates du jour moins n (..Jour -= n), DateValide, une
// Date comparée, POUR TOUT sur un tableau littéral. Passe tel qu'écrit. Jumeau anglais
// log_purge_old_lines_en.wl.
CONSTANTE
	JOURS_GARDÉS = 30
FIN
sJournal est une chaîne = fRepTemp() + "\wl_purge_" + Hasard(1, 99999999) + ".log"
sTexte est une chaîne
POUR TOUT nÂge DE [45, 31, 30, 2, 0]
	dJour est une Date = DateSys()
	dJour..Jour -= nÂge
	sTexte += DateVersChaîne(dJour, "AAAA-MM-JJ") + " 08:00:00 [INFO] il y a " + nÂge + " jour(s)" + RC
	SI nÂge = 31 ALORS sTexte += "    à CCommande.Valide (ligne 12)" + RC
FIN
fSauveTexte(sJournal, sTexte)
nAvant est un entier = fTaille(sJournal)
nLignesRetirées est un entier = PurgeJournal(sJournal, JOURS_GARDÉS)
Trace(nLignesRetirées + " ligne(s) retirée(s), " + (nAvant - fTaille(sJournal)) + " octets gagnés") // expect: 3 ligne(s) retirée(s), 128 octets gagnés
POUR TOUTE CHAÎNE sLigne DE fChargeTexte(sJournal) SÉPARÉE PAR RC
	SI sLigne <> "" ALORS Trace(Milieu(sLigne, 21)) // expect: [INFO] il y a 30 jour(s)
// expect: [INFO] il y a 2 jour(s)
// expect: [INFO] il y a 0 jour(s)
FIN
fSupprime(sJournal)

PROCÉDURE PurgeJournal(sFichier est une chaîne, nJours est un entier) : entier
dLimite est une Date = DateSys()
dLimite..Jour -= nJours
sTemp est une chaîne = sFichier + ".tmp"
nEntrée est un entier = fOuvre(sFichier, foLecture)
nSortie est un entier = fCrée(sTemp)
nRetirées est un entier
bGarder est un booléen = Vrai
sLigne est une chaîne = fLitLigne(nEntrée)
TANTQUE sLigne <> EOT
	sDate est une chaîne = Gauche(sLigne, 10)
	SI DateValide(Remplace(sDate, "-", "")) ALORS
		dLigne est une Date = Remplace(sDate, "-", "")
		bGarder = (dLigne >= dLimite)
	FIN
	SI bGarder ALORS fEcritLigne(nSortie, sLigne) SINON nRetirées++
	sLigne = fLitLigne(nEntrée)
FIN
fFerme(nEntrée)
fFerme(nSortie)
fSupprime(sFichier)
fRenomme(sTemp, sFichier)
RENVOYER nRetirées
