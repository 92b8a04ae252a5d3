// Une procédure nommée dans un texte là où une fonction prend une procédure est un
// rappel : ses paramètres sont imposés, pas de WL202 (docs/check.md, WL202).
ThreadExécute("thTâche", threadNormal, "TÂCHE", 1)
ThreadAttend("thTâche")
SI Faux ALORS
    TimerSys("Minuterie", 100) // wl: ignore[WL103]
    HSurveille("Client", "SurModifClient") // wl: ignore[WL103]
FIN
PROCÉDURE Tâche(nInutilisé)
Trace("t")
PROCÉDURE Minuterie(nTimer)
Trace("m")
PROCÉDURE SurModifClient(sFichier, nEnreg, nAction)
Trace("c")
PROCÉDURE Aide(bInutilisé) // warning: WL202:16 the parameter 'bInutilisé' is never used
Trace("aide")
