// Page d'aide ExeInfo (?3035001) de doc.pcsoft.fr : son premier exemple tel qu'écrit (un
// script n'a ni Appli.exe ni ressource de version : la version est "" et l'Erreur de la
// page s'affiche), le mot-clé du deuxième, et les constantes de sa syntaxe.
// exeNomSociété (exeCompanyName) et exeCopyright n'étaient pas déclarées : ExeInfo les lit
// comme des entrées de la ressource de version, "" pour un script (INFERRED).
VersionProg est une chaîne
VersionProg = ExeInfo(exeVersion, "Appli.exe")
SI VersionProg <> "2.0A" ALORS
	Erreur("La version du programme installé n'est pas la bonne")
	// expect stderr: La version du programme installé n'est pas la bonne
FIN
// Récupérer le nom de l'application (sans le chemin complet)
NomProg est une chaîne = ExeInfo("OriginalFilename", "Appli.exe")
Trace("[" + NomProg + "]")                  // expect: []
Trace("[" + ExeInfo(exeNomSociété) + "]")   // expect: []
Trace("[" + ExeInfo(exeCopyright) + "]")    // expect: []
Trace("[" + ExeInfo(exeDescription) + "]")  // expect: []
Trace("[" + ExeInfo(exeVersion) + "]")      // expect: []
Trace(ExeInfo(exeNom))                      // expect: exeinfo_mots_cles_fr.wl
Trace(ExeInfo(exePID) = ExeDonnePID())      // expect: 1
