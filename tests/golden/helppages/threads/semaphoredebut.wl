// Page SémaphoreDébut (doc.pcsoft.fr ?3077008), sans exemple : ce que dit sa syntaxe
// (sémaphore créé au premier usage avec une seule place, délai 0 = état sans attente,
// délai en centièmes, en durée ou Infini). Mêmes résultats que semaphorestart.wl.
Trace(SémaphoreDébut("SEM")) // expect: 1
Trace(SémaphoreDébut("SEM", 0)) // expect: 0
SémaphoreFin("SEM")
Trace(SemaphoreDebut("SEM", 0)) // expect: 1
SemaphoreFin("SEM")
Trace(SémaphoreDébut("SEM2", 10 ms)) // expect: 1
SémaphoreFin("SEM2")
Trace(SémaphoreDébut("SEM2", Infini)) // expect: 1
SémaphoreFin("SEM2")
