// Surveillance d'un dossier d'entrée par scrutation : les fichiers plus récents que le
// dernier passage (gardé dans un INI) sont traités puis déplacés dans "Traites" ; un
// fichier daté d'avant le dernier passage n'est pas repris (jumeau anglais
// folder_watch_polling_en.wl ; passe, issue 8 FS 5 déc. tard).
CONSTANTE
	SECTION_SURV = "Surveillance"
	CLE_DERNIER = "DernierPassage"
FIN
gsRacine est une chaîne = fRepTemp() + fSep() + "wl_surv_" + Hasard(1, 999999999)
gsEntree est une chaîne = gsRacine + "\Entree"
gsTraites est une chaîne = gsRacine + "\Traites"
gsIni est une chaîne = gsRacine + "\surveillance.ini"
fRepCrée(gsEntree)
fRepCrée(gsTraites)
// premier passage : rien dans l'INI
Trace("[" + INILit(SECTION_SURV, CLE_DERNIER, "", gsIni) + "]") // expect: []
fSauveTexte(gsEntree + "\cde_001.txt", "Commande 1")
fSauveTexte(gsEntree + "\cde_002.txt", "Commande 2")
fSauveTexte(gsEntree + "\lisezmoi.md", "à ignorer")
Trace("Traités : " + Scrute()) // expect: Traités : cde_001.txt, cde_002.txt
Trace("Restants : " + Noms(gsEntree)) // expect: Restants : lisezmoi.md
Trace(Taille(INILit(SECTION_SURV, CLE_DERNIER, "", gsIni))) // expect: 16
// (le passage daté du début de 2024 : les fichiers qui suivent ne partagent pas sa seconde)
INIEcrit(SECTION_SURV, CLE_DERNIER, "2024010100000000", gsIni)
// un fichier ancien n'est pas repris, un nouveau l'est (nom en majuscules compris)
fSauveTexte(gsEntree + "\cde_003.txt", "Commande 3")
fDateHeure(gsEntree + "\cde_003.txt", "20200101120000", fModification)
fSauveTexte(gsEntree + "\CDE_004.TXT", "Commande 4")
Trace("Traités : " + Scrute()) // expect: Traités : CDE_004.TXT
Trace("Restants : " + Noms(gsEntree)) // expect: Restants : cde_003.txt, lisezmoi.md
Trace("Archivés : " + Noms(gsTraites)) // expect: Archivés : cde_001.txt, cde_002.txt, CDE_004.TXT
fRepSupprime(gsRacine, frRécursif)

PROCÉDURE Scrute() : chaîne
LOCAL
	sDernier est une chaîne = INILit(SECTION_SURV, CLE_DERNIER, "", gsIni)
	dhDernier est un DateHeure
	sTraites est une chaîne = ""
	dhFichier est un DateHeure
SI sDernier <> "" ALORS
	dhDernier = sDernier
SINON
	dhDernier = "19000101000000"
FIN
POUR TOUTE CHAÎNE sFichier DE fListeFichier(gsEntree + "\*.txt", frNonRécursif) SÉPARÉE PAR RC
	dhFichier = fDateHeure(sFichier, "", fModification)
	SI dhFichier < dhDernier ALORS CONTINUER
	SI Traite(sFichier) ALORS
		SI sTraites <> "" ALORS sTraites += ", "
		sTraites += fExtraitChemin(sFichier, fFichier + fExtension)
	FIN
FIN
INIEcrit(SECTION_SURV, CLE_DERNIER, DateHeureSys(), gsIni)
RENVOYER sTraites

PROCÉDURE Traite(LOCAL sChemin est une chaîne) : booléen
sContenu est une chaîne = fChargeTexte(sChemin)
SI ErreurDétectée ALORS RENVOYER Faux
SI PAS fDéplaceFichier(sChemin, gsTraites + "\" + fExtraitChemin(sChemin, fFichier + fExtension)) ALORS
	Trace("Déplacement impossible : " + ErreurInfo())
	RENVOYER Faux
FIN
RENVOYER sContenu <> ""

PROCÉDURE Noms(sDossier est une chaîne) : chaîne
sRes est une chaîne
POUR TOUTE CHAÎNE s DE fListeFichier(sDossier + "\*.*", frNonRécursif) SÉPARÉE PAR RC
	sRes += [", "] + fExtraitChemin(s, fFichier + fExtension)
FIN
RENVOYER sRes
