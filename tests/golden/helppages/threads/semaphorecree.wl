// Page SémaphoreCrée (doc.pcsoft.fr ?3077012) : son exemple puis ce que dit sa syntaxe
// (<Utilisation> : threads déjà dans la section à la création ; modes de partage
// acceptés). Mêmes résultats que semaphorecreate.wl.
// Création d'un sémaphore
SémaphoreCrée("MonSémaphore", 3)
Trace(SémaphoreDébut("MonSémaphore", 0), SémaphoreDébut("MonSémaphore", 0), ...
	SémaphoreDébut("MonSémaphore", 0)) // expect: 1, 1, 1
Trace(SémaphoreDébut("MonSémaphore", 0)) // expect: 0
SémaphoreFin("MonSémaphore")
Trace(SemaphoreDebut("MonSemaphore", 0)) // expect: 1
SémaphoreCrée("Occupé", 3, 2)
Trace(SémaphoreDébut("Occupé", 0), SémaphoreDébut("Occupé", 0)) // expect: 1, 0
SémaphoreFin("Occupé")
SémaphoreFin("Occupé")
SémaphoreFin("Occupé")
Trace(ErreurDétectée) // expect: 0
SémaphoreFin("Occupé")
Trace(ErreurDétectée) // expect: 1
Trace(SemaphoreCree("Local", 1, 0, partageAucun)) // expect: 1
Trace(SémaphoreCrée("Local")) // expect: 0
Trace(SémaphoreCrée("Bondé", 2, 3)) // expect: 0
