// Page ThreadExécute (doc.pcsoft.fr ?3077024) : ses exemples, la procédure nommée par une
// chaîne avec un paramètre et la syntaxe compatible avec la procédure elle-même ; la
// requête de pExecReq est remplacée par une trace de son paramètre.
// Exécution d'un thread avec passage de paramètres
sDate est une chaîne
sDate = DateSys()
// Exécution du thread
ThreadExécute("NOMTHREAD", threadNormal, "pExecReq", sDate)
ThreadAttend("NOMTHREAD")
// expect: 8
ThreadExecute("Thread1", threadNormal, ProcédureThread)
ThreadAttend("Thread1")
// expect: Thread1 exécuté

// Cette procédure attend une date en paramètre
PROCÉDURE pExecReq(sDate)
Trace(Taille(sDate))

PROCÉDURE ProcédureThread()
Trace("Thread1 exécuté")
