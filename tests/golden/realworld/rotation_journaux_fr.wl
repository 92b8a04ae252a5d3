// Ménage nocturne des journaux comme l'écrit un traitement batch : réglages lus dans un
// fichier INI, journaux listés avec une procédure de rappel, les anciens archivés d'après
// leur nom, tailles cumulées, un résumé ajouté à un historique ; indirection sur un nom.
gsRacine est une chaîne = fRepTemp() + fSep() + "wl_journaux_demo"
gnGardés est un entier
gnArchivés est un entier
gnOctets est un entier
gtabArchivés est un tableau de chaînes

fRepCrée(gsRacine)
fRepCrée(gsRacine + fSep() + "archive")
sIni est une chaîne = gsRacine + fSep() + "menage.ini"
INIEcrit("Journaux", "JoursConservés", "7", sIni)
INIEcrit("Journaux", "Masque", "*.log", sIni)
INIEcrit("Historique", "Fichier", "historique.txt", sIni)

nJours est un entier = Val(INILit("Journaux", "JoursConservés", "30", sIni))
sMasque est une chaîne = INILit("Journaux", "Masque", "*.*", sIni)
sAbsent est une chaîne = INILit("Journaux", "Compression", "non", sIni)
Trace("garder " + nJours + " jours de " + sMasque + ", compression : " + sAbsent)
// expect: garder 7 jours de *.log, compression : non

POUR TOUTE CHAÎNE sJour DE "20251101,20251120,20251128" SÉPARÉE PAR ","
	fSauveTexte(gsRacine + fSep() + "appli_" + sJour + ".log", Répète("x", 100 * Val(Droite(sJour, 2))))
FIN
fSauveTexte(gsRacine + fSep() + "lisezmoi.txt", "pas un journal")

dAujourdhui est une Date = "20251130"
gdLimite est une Date = dAujourdhui
gdLimite..Jour -= nJours
nTrouvés est un entier = fListeFichier(gsRacine + fSep() + sMasque, Ménage)
Trace(nTrouvés + " journaux, " + gnArchivés + " archivés, " + gnGardés + " gardés, " + gnOctets + " octets archivés")
// expect: 3 journaux, 2 archivés, 1 gardés, 2100 octets archivés
TableauTrie(gtabArchivés, ttCroissant)
Trace(TableauVersChaîne(gtabArchivés, ", "))
// expect: appli_20251101.log, appli_20251120.log
Trace(fFichierExiste(gsRacine + fSep() + "archive" + fSep() + "appli_20251101.log"), fFichierExiste(gsRacine + fSep() + "appli_20251101.log"))
// expect: 1, 0

STRéglages est une Structure
	sHistorique est une chaîne
FIN
stRég est une STRéglages
stRég.sHistorique = INILit("Historique", "Fichier", "", sIni)
sChamp est une chaîne = "stRég.sHistorique"
sHistorique est une chaîne = gsRacine + fSep() + {sChamp}
POUR TOUTE CHAÎNE sEntrée DE DateVersChaîne(dAujourdhui, "AAAA-MM-JJ") + " : " + gnArchivés + " archivés;" + ...
		DateVersChaîne(dAujourdhui + 1, "AAAA-MM-JJ") + " : 0 archivés" SÉPARÉE PAR ";"
	nF est un entier = fOuvre(sHistorique, foEcriture + foAjout + foCréationSiInexistant)
	SI nF = -1 ALORS
		Erreur(ErreurInfo())
		SORTIR
	FIN
	fEcritLigne(nF, sEntrée)
	fFerme(nF)
FIN
sLu est une chaîne = fChargeTexte(sHistorique)
Trace(ExtraitLigne(sLu, 1) + " | " + ExtraitLigne(sLu, 2))
// expect: 2025-11-30 : 2 archivés | 2025-12-01 : 0 archivés
fRepSupprime(gsRacine, frRécursif)
Trace(fRépertoireExiste(gsRacine))
// expect: 0

PROCÉDURE Ménage(sRep est une chaîne, sNom est une chaîne, nChangement est un entier, nID est un entier)
	sJour est une chaîne = Milieu(sNom, 7, 8)
	SI sJour < gdLimite ALORS
		gnOctets += fTaille(sRep + sNom)
		fDéplaceFichier(sRep + sNom, sRep + "archive" + fSep() + sNom)
		TableauAjoute(gtabArchivés, sNom)
		gnArchivés++
	SINON
		gnGardés++
	FIN
	RENVOYER Vrai
