// ThreadExécute donné un nom qui n'est ni une variable ni une procédure s'arrête là où le
// nom est écrit, en le nommant (le nom était lu comme un variant vide : "there is no
// procedure named ''") ; wl check dit la même chose (WL102).
Trace("avant")   // expect: avant
ThreadExécute("t1", threadNormal, Travaile) // expect error: ThreadExécute: there is no procedure named 'Travaile'; did you mean Travail?
Trace("jamais atteint")

PROCÉDURE Travail()
Trace("travail")
