// La procédure de fSurveilleRépertoire déclarée avec moins que les quatre paramètres de
// la page (?1000020523 : dossier, fichier, action, ancien nom) reçoit les premiers, comme
// celle de fListeFichier ; elle arrêtait le programme sur « QuandChangement expects 3
// parameter(s) but received 4 » sans ligne nommée (décidé FS 6 déc. 2026,
// stdlib/file_watch.py). Jumeau anglais watch_callback_fewer_parameters_en.wl.
gsVu est une chaîne
sRép est une chaîne = fRepTemp() + "/wl_surv_moins_" + DonneGUID()
fRepCrée(sRép)
Trace(fSurveilleRépertoire(sRép, QuandChangement, fwCreateFile)) // expect: 1
fSauveTexte(sRép + "/commande_118.xml", "<commande/>")
BOUCLE (1000)
	SI gsVu <> "" ALORS SORTIR
	ThreadPause(1)
FIN
Trace(gsVu) // expect: commande_118.xml créé
fSurveilleStopTout()
fRepSupprime(sRép, frRécursif)

PROCÉDURE QuandChangement(sDossier est une chaîne, sFichier est une chaîne, nAction est un entier)
SI nAction = fwCreateFile ALORS gsVu = sFichier + " créé"
