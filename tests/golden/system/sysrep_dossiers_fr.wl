// Les dossiers de SysRep (pas de page stockée : la correspondance est la nôtre,
// docs/builtins.md "System folders") : sous Linux les dossiers XDG, lus dans
// l'environnement, que le programme fixe ici par SysChangeEnvironnement pour que les
// résultats ne dépendent pas de la machine (et remet comme avant à la fin : les tests
// tournent dans un seul processus).
tabNoms est un tableau de chaînes = ["XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_DESKTOP_DIR", ...
	"XDG_DOCUMENTS_DIR", "XDG_PICTURES_DIR", "XDG_MUSIC_DIR", "XDG_VIDEOS_DIR", ...
	"XDG_DOWNLOAD_DIR", "XDG_TEMPLATES_DIR"]
tabAvant est un tableau de chaînes
POUR TOUT sNom DE tabNoms
	tabAvant.Ajoute(ValeurEnv(sNom))
FIN
SysChangeEnvironnement("XDG_CONFIG_HOME", "/home/ana/.config")
SysChangeEnvironnement("XDG_DATA_HOME", "/home/ana/.local/share")
SysChangeEnvironnement("XDG_DESKTOP_DIR", "/home/ana/Bureau")
SysChangeEnvironnement("XDG_DOCUMENTS_DIR", "/home/ana/Docs")
SysChangeEnvironnement("XDG_PICTURES_DIR", "/home/ana/Photos")
SysChangeEnvironnement("XDG_MUSIC_DIR", "/home/ana/Son")
SysChangeEnvironnement("XDG_VIDEOS_DIR", "/home/ana/Films")
SysChangeEnvironnement("XDG_DOWNLOAD_DIR", "/home/ana/In")
SysChangeEnvironnement("XDG_TEMPLATES_DIR", "/home/ana/Models")
Trace(SysRep(srDonnéesApplicatives))          // expect: /home/ana/.config
Trace(SysRep(srDonnéesApplicativesLocales))   // expect: /home/ana/.local/share
Trace(SysRep(srDonnéesApplicativesCommunes))  // expect: /var/lib
Trace(SysRep(srBureau))                       // expect: /home/ana/Bureau
Trace(SysRep(srMesDocuments))                 // expect: /home/ana/Docs
Trace(SysRep(srDocumentsCommuns))             // expect: /usr/share/doc
Trace(SysRep(srMesImages))                    // expect: /home/ana/Photos
Trace(SysRep(srMaMusique))                    // expect: /home/ana/Son
Trace(SysRep(srMesVidéos))                    // expect: /home/ana/Films
Trace(SysRep(srTéléchargements))              // expect: /home/ana/In
Trace(SysRep(srModèles))                      // expect: /home/ana/Models
Trace(SysRep(srProgrammes))                   // expect: /usr/local
Trace(SysRep(srPolices))                      // expect: /home/ana/.local/share/fonts
Trace(SysRep(srProfilUtilisateur) = ValeurEnv("HOME"))   // expect: 1
Trace(SysRep(srTemporaire) <> "")             // expect: 1
// Les dossiers propres à Windows : "" et une erreur non fatale qui nomme le dossier
Trace("[" + SysRep(srWindows) + "]", ErreurDétectée)      // expect: [], 1
Trace(ErreurInfo())  // expect: SysRep: srWindows is a Windows folder: there is none on this system.
Trace("[" + SysRep(srSystème) + "]", ErreurDétectée)      // expect: [], 1
Trace("[" + SysRep(srMenuDémarrer) + "]", ErreurDétectée) // expect: [], 1
Trace("[" + SysRep(srDémarrage) + "]", ErreurDétectée)    // expect: [], 1
Trace("[" + SysRep(srFavoris) + "]", ErreurDétectée)      // expect: [], 1
Trace("[" + SysRep(srRécent) + "]", ErreurDétectée)       // expect: [], 1
POUR i = 1 _À_ tabNoms.Occurrence
	SysChangeEnvironnement(tabNoms[i], tabAvant[i])
FIN
Trace(ValeurEnv("XDG_DOCUMENTS_DIR") <> "/home/ana/Docs")   // expect: 1

// La valeur d'une variable d'environnement, lue dans les lignes "NOM=valeur" de SysEnvironnement
PROCÉDURE ValeurEnv(sNom est une chaîne)
POUR TOUTE CHAÎNE sLigne DE SysEnvironnement() SÉPARÉE PAR RC
	SI sLigne [= sNom + "=" ALORS RENVOYER Milieu(sLigne, Taille(sNom) + 2)
FIN
RENVOYER ""
