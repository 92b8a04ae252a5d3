// Page d'aide "fOuvre (Fonction)" (doc.pcsoft.fr ?3036036) : ses trois exemples tels
// qu'ils sont écrits, le fichier "C:\MesRépertoires\Fichier.txt" remplacé par un fichier
// du répertoire temporaire, avec une Trace dans chaque bloc "...".
Chemin est une chaîne = fRepTemp() + fSep() + "wl_aide_fouvre.txt"
fSauveTexte(Chemin, "Première ligne")
// Ouverture d'un fichier externe
ResOuverture est un entier
ResOuverture = fOuvre(Chemin, foLectureEcriture)
SI ResOuverture <> -1 ALORS
	Trace("1 :", fLitLigne(ResOuverture))        // expect: 1 :, Première ligne
	fFerme(ResOuverture)
FIN
// Ouverture d'un fichier externe
MonFichierExterne est un FichierDisque
MonFichierExterne = fOuvre(Chemin, foLectureEcriture)
SI PAS ErreurDétectée ALORS
	Trace("2 :", MonFichierExterne.LitLigne())    // expect: 2 :, Première ligne
	MonFichierExterne.Ferme()
FIN
// Ouverture d'un fichier externe
MonFichierExterne2 est un FichierDisque
ResOuverture2 est un booléen
ResOuverture2 = fOuvre(MonFichierExterne2, Chemin, foLectureEcriture)
SI ResOuverture2 ALORS
	Trace("3 :", fLitLigne(MonFichierExterne2))  // expect: 3 :, Première ligne
	fFerme(MonFichierExterne2)
FIN
// Un fichier qui ne peut pas être ouvert : -1 (ou Faux) et ErreurDétectée
Trace(fOuvre(Chemin + ".absent", foLecture), ErreurDétectée)  // expect: -1, 1
Trace(fOuvre(MonFichierExterne2, Chemin + ".absent", foLecture), ErreurDétectée)  // expect: 0, 1
fSupprime(Chemin)
