// du code principal écrit après une PROCÉDURE au milieu d'un script est le corps de
// cette procédure : si rien ne l'appelle, ces lignes ne s'exécutent jamais, et wl check
// et wl run le disent à sa première ligne (docs/semantics.md, "Main code after a
// procedure in a script")
Trace("début")
Utilisée()
Lanceur()
PROCÉDURE Utilisée()
Trace("utilisée")
PROCÉDURE Rapport()
Trace("voulu comme code principal") // warning: WL203:1 this code is never run: it is the body of the procedure 'Rapport', which nothing calls
Trace("après")
PROCÉDURE Récursive(n)
SI n > 0 ALORS Récursive(n - 1) // warning: WL203:1 this code is never run: it is the body of the procedure 'Récursive', which nothing calls
PROCÉDURE ParSonNom()
Trace("lancée par son nom")
PROCÉDURE Lanceur()
ThreadExécute("t", threadNormal, "ParSonNom")
