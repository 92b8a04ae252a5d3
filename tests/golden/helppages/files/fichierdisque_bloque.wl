// Page d'aide `<Variable FichierDisque>.Bloque` (?1410089037, la page anglaise .Lock ;
// jumeau écrit par nous) : son exemple, le fichier créé dans le dossier temporaire au
// lieu de C:\MesRépertoires, ses lignes "..." omises ; puis la plage facultative et
// `.Débloque()`.
sFichier est une chaîne = fRepTemp() + fSep() + "wl_helppage_fdbloque_" + Hasard(1, 999999999) + ".txt"
fSauveTexte(sFichier, "compteur=41")
// Ouverture d'un fichier externe
MonFichierTexte est un FichierDisque
ResBlocage est un booléen
SI MonFichierTexte.Ouvre(sFichier, foLectureEcriture) = Vrai ALORS
	// Blocage du fichier externe
	ResBlocage = MonFichierTexte.Bloque()
	Trace(ResBlocage) // expect: 1
	Trace(MonFichierTexte.Débloque(), MonFichierTexte.Bloque(0, 7), MonFichierTexte.Debloque()) // expect: 1, 1, 1
	MonFichierTexte.Ferme()
FIN
fSupprime(sFichier)
