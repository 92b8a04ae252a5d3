// RéseauUtilisateur est le nom de connexion ici ; ProjetInfo connaît le nom du programme
// et rien de ce qu'un projet compilé ou un site WEBDEV donnerait.
Trace(RéseauUtilisateur() = SysNomUtilisateur(), Taille(reseauutilisateur()) > 0) // expect: 1, 1
Trace(ProjetInfo(piProjectName)) // expect: reseau_utilisateur_projet_info
Trace(projetinfo()) // expect: reseau_utilisateur_projet_info
Trace("[" + ProjetInfo(piNameDeployedSite) + "]") // expect: []
FinProgramme("Excel est introuvable", Faux) // expect stderr: Excel est introuvable
Trace("jamais affiché")
