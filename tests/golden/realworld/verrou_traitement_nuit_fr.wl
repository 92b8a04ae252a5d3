// (method b) A lock file stops two runs of the night batch at once, as a French WINDEV
// developer writes it: fCrée / fFichierExiste / fSupprime, the lock's age from fDate and
// fHeure into ..PartieDate / ..PartieHeure, a Duration's ..EnMinutes; a lock older than
// two hours (a run that crashed, dated back by fDateHeure) is stale and taken over.
// Passes as written. English twin nightly_batch_lock_en.wl.
CONSTANTE
	DUREE_MAX_VERROU = 120 // minutes
FIN
gsRepTravail est une chaîne = fRepTemp() + "\wl_verrou_" + Hasard(1, 99999999)
fRepCrée(gsRepTravail)
gsVerrou est une chaîne = gsRepTravail + "\traitement_nuit.lock"

// premier lancement : le verrou est pris
SI PrendreVerrou(gsVerrou) ALORS
	Trace("1er lancement : verrou pris") // expect: 1er lancement : verrou pris
SINON
	Trace("1er lancement : déjà en cours")
FIN
// deuxième lancement pendant le premier : refusé
SI PAS PrendreVerrou(gsVerrou) ALORS Trace("2e lancement : refusé, " + LireVerrou(gsVerrou)) // expect: 2e lancement : refusé, lancé par PID (moi)
// le premier se termine
LibérerVerrou(gsVerrou)
Trace("Verrou présent : " + fFichierExiste(gsVerrou)) // expect: Verrou présent : 0
// un verrou laissé par un lancement planté il y a 3 heures
PrendreVerrou(gsVerrou)
dhVieux est une DateHeure = DateHeureSys()
dhVieux..Heure -= 3
fDateHeure(gsVerrou, dhVieux, fModification)
// expect: verrou périmé (3 h), supprimé
SI PrendreVerrou(gsVerrou) ALORS Trace("3e lancement : verrou périmé repris") // expect: 3e lancement : verrou périmé repris
LibérerVerrou(gsVerrou)
fRepSupprime(gsRepTravail, frRécursif)

PROCÉDURE PrendreVerrou(LOCAL sFichier est une chaîne) : booléen
SI fFichierExiste(sFichier) ALORS
	dhVerrou est une DateHeure
	dhVerrou..PartieDate = fDate(sFichier, "", fModification)
	dhVerrou..PartieHeure = fHeure(sFichier, "", fModification)
	duAge est une Durée = DateHeureSys() - dhVerrou
	SI duAge..EnMinutes < DUREE_MAX_VERROU ALORS RENVOYER Faux
	Trace("verrou périmé (" + PartieEntière(duAge..EnHeures) + " h), supprimé")
	SI PAS fSupprime(sFichier) ALORS RENVOYER Faux
FIN
nFic est un entier = fCrée(sFichier)
SI nFic = -1 ALORS
	Trace("impossible de créer le verrou : " + ErreurInfo(errMessage))
	RENVOYER Faux
FIN
fEcritLigne(nFic, "PID=" + ExeInfo(exePID))
fEcritLigne(nFic, "Début=" + DateHeureVersChaîne(DateHeureSys(), "JJ/MM/AAAA HH:mm"))
fFerme(nFic)
RENVOYER Vrai

PROCÉDURE LireVerrou(sFichier)
sContenu est une chaîne = fChargeTexte(sFichier)
RENVOYER "lancé par " + ExtraitChaîne(ExtraitChaîne(sContenu, 1, RC), 1, "=") + " " + (Val(ExtraitChaîne(ExtraitChaîne(sContenu, 1, RC), 2, "=")) = ExeInfo(exePID) ? "(moi)" SINON "(autre)")

PROCÉDURE LibérerVerrou(sFichier)
SI fFichierExiste(sFichier) ALORS fSupprime(sFichier)
