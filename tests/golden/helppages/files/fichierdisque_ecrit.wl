// Page d'aide <FichierDisque>.Ecrit (?1410089041), son exemple avec les noms français,
// sur un fichier du répertoire temporaire (vidé d'abord) au lieu de
// C:\MesRépertoires\Fichier.txt ; un Trace là où la page teste le résultat. Puis son
// second paramètre, la taille à écrire.
sChemin est une chaîne = fRepTemp() + fSep() + "wl_pageaide_ecrit.txt"
fSauveTexte(sChemin, "")
// Ouvre un fichier externe
MonFichierTexte est un FichierDisque
ResEcriture est un entier
SI MonFichierTexte.Ouvre(sChemin, foLectureEcriture) = Vrai ALORS
	// Ecrit dans ce fichier
	ResEcriture = MonFichierTexte.Ecrit("Compte-rendu de réunion")
	SI ResEcriture <> -1 ALORS
		Trace(ResEcriture) // expect: 23
	FIN
	Trace(MonFichierTexte.Ecrit("abcdef", 3)) // expect: 3
	MonFichierTexte.Ferme()
FIN
Trace(fChargeTexte(sChemin)) // expect: Compte-rendu de réunionabc
fSupprime(sChemin)
