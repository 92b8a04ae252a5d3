// Page d'aide "Structure dynamique (Type de variable)" (?1514007) : son exemple écrit
// en français (allouer, puis libérer), avec des Trace.
MaStructureFichier est une Structure
	Nom est une chaîne
	Extension est une chaîne
	Répertoire est une chaîne
FIN
FichierSource est une MaStructureFichier dynamique
Trace(FichierSource = Null) // expect: 1
FichierSource = allouer une MaStructureFichier
FichierSource.Nom = "Rapport"
Trace(FichierSource.Nom) // expect: Rapport
libérer FichierSource
Trace(FichierSource = Null) // expect: 1
