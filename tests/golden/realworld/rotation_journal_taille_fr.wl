// Rotation d'un journal par taille, comme la fait une classe de journalisation : app.log
// est renommé app_<date>_<heure>_<n>.log (fRenomme) quand la ligne suivante lui ferait
// passer TAILLE_MAX (fTaille), et seuls les GARDER derniers restent (fListeFichier,
// TableauTrie, fSupprime) ; une méthode PRIVÉE, des constantes, fAjouteTexte (jumeau
// anglais log_rotation_by_size_en.wl).
CONSTANTE
	TAILLE_MAX = 200
	GARDER = 5
FIN
CJournal est une Classe
	PRIVÉ
	m_sDossier est une chaîne
	m_sNom est une chaîne
	m_nRotations est un entier
	PUBLIC
	m_nLignes est un entier
FIN

gsRep est une chaîne = fRepTemp() + "/wl_rotfr_" + Hasard(1, 999999999)
fRepCrée(gsRep)
oJournal est un CJournal(gsRep, "app")
POUR i = 1 À 60
	oJournal.Ecrit(ChaîneConstruit("commande %1 expédiée à %2", NumériqueVersChaîne(i, "05d"), "Zoë Brötzmann"))
FIN
Trace(oJournal.m_nLignes) // expect: 60
sListe est une chaîne = fListeFichier(gsRep + "/app_*.log", frNonRécursif)
Trace(ChaîneOccurrence(sListe, RC) + 1) // expect: 5
Trace(fFichierExiste(gsRep + "/app.log"), fTaille(gsRep + "/app.log") <= TAILLE_MAX) // expect: 1, 1
tabFichiers est un tableau de chaînes
ChaîneVersTableau(sListe, tabFichiers, RC)
TableauTrie(tabFichiers, ttCroissant)
Trace(fExtraitChemin(tabFichiers[1], fFichier) < fExtraitChemin(tabFichiers[tabFichiers..Occurrence], fFichier)) // expect: 1
fRepSupprime(gsRep, frRécursif)

PROCÉDURE CJournal::Constructeur(sDossier est une chaîne, sNom est une chaîne)
m_sDossier = sDossier
m_sNom = sNom

PROCÉDURE CJournal::Ecrit(sLigne est une chaîne)
sFichier est une chaîne = m_sDossier + "/" + m_sNom + ".log"
SI fFichierExiste(sFichier) ET fTaille(sFichier) + Taille(sLigne) + 2 > TAILLE_MAX ALORS
	Tourne(sFichier)
FIN
SI PAS fAjouteTexte(sFichier, DateHeureVersChaîne(DateHeureSys(), "AAAA-MM-JJ HH:mm:SS") + " " + sLigne + RC) ALORS
	Trace("écriture impossible : " + ErreurInfo())
	RETOUR
FIN
m_nLignes++

PROCÉDURE PRIVÉE CJournal::Tourne(sFichier est une chaîne)
m_nRotations++
sHorodatage est une chaîne = DateVersChaîne(DateDuJour(), "AAAAMMJJ") + "_" + HeureVersChaîne(Maintenant(), "HHMMSS") + "_" + NumériqueVersChaîne(m_nRotations, "04d")
sCible est une chaîne = m_sDossier + "/" + m_sNom + "_" + sHorodatage + ".log"
SI PAS fRenomme(sFichier, sCible) ALORS
	Trace("rotation impossible : " + ErreurInfo())
	RETOUR
FIN
// garder les GARDER derniers
tabAnciens est un tableau de chaînes
ChaîneVersTableau(fListeFichier(m_sDossier + "/" + m_sNom + "_*.log", frNonRécursif), tabAnciens, RC)
TableauTrie(tabAnciens, ttDécroissant)
POUR n = tabAnciens..Occurrence À GARDER + 1 PAS -1
	fSupprime(tabAnciens[n])
FIN
