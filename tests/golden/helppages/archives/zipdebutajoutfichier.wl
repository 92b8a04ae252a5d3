// Page d'aide zipDébutAjoutFichier (?1410091114, nouveauté SaaS 2025 ; jumeau anglais
// zipstartaddfile.wl, nom anglais INFERRED) : son exemple tel qu'écrit, précédé de
// l'archive et de la liste de fichiers qu'il suppose (dans un dossier temporaire).
// zipFinAjoutFichier est nommé par l'exemple. wlinterp écrit chaque ajout en entier :
// les deux fonctions renvoient 0 pour une archive ouverte en écriture.
sRep est une chaîne = fRepTemp() + fSep() + "wl_helppage_debutajout_" + Hasard(1, 999999999)
fRepCrée(sRep)
tabListeFichier est un tableau de chaînes
POUR i = 1 _À_ 3
	fSauveTexte(sRep + fSep() + "piece" + i + ".txt", "pièce " + i)
	Ajoute(tabListeFichier, sRep + fSep() + "piece" + i + ".txt")
FIN
MonArchive est une zipArchive
Trace(zipCrée(MonArchive, sRep + fSep() + "Archive.zip")) // expect: 0
// Début des ajouts optimisés de fichiers
zipDébutAjoutFichier(MonArchive)
// Ajout des fichiers dans l'archive
POUR TOUT CheminFichier DE tabListeFichier
	zipAjouteFichier(MonArchive, CheminFichier)
FIN
// Fin ajouts optimisés de fichiers 
zipFinAjoutFichier(MonArchive)
Trace(zipNbFichier(MonArchive), Remplace(zipListeFichier(MonArchive), RC, ",")) // expect: 3, piece1.txt,piece2.txt,piece3.txt
// résultats : 0 pour une archive ouverte en écriture ; 4 (pas ouverte) après zipFerme
Trace(MonArchive.DébutAjoutFichier(), MonArchive.FinAjoutFichier()) // expect: 0, 0
zipFerme(MonArchive)
Trace(zipDebutAjoutFichier(MonArchive), zipFinAjoutFichier(MonArchive)) // expect: 4, 4
fRepSupprime(sRep, frRécursif)
