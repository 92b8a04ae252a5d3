// Un paramètre nom des fonctions de threads et de synchronisation (un thread, un
// événement ou signal, un sémaphore, un mutex, une section critique) est un texte : un
// tableau ou une structure y arrête l'exécution dans les mots de tout paramètre texte,
// et wl check le signale (WL115) ; l'exécution disait "cannot be converted to a string"
// et wl check rien (docs/builtins.md "Name parameters").
t est un tableau de chaînes = ["a"]
SémaphoreCrée("Stock", 2)
Trace(SémaphoreDébut("STOCK", 10)) // expect: 1
SémaphoreFin("stock")
ÉvénementCrée("Prêt")
SignalOuvre("prêt")
Trace(ÉvénementAttend("Prêt", 10), ThreadEtat("personne")) // expect: 1, 0
SignalFerme(t) // expect error: SignalFerme expects a string, not a value of type array
