// Page d'aide Thread (Type de variable) ?1000024879, son exemple écrit en français (la
// procédure est la nôtre ; chaque thread attendu avant le suivant).
// Déclare une variable pour manipuler un thread
t est un Thread
// Construit un thread et déclenche son exécution sur une procédure
t = ThreadExécute(Proc, ("Premier paramètre", 2))
ThreadAttend(t)
// expect: Premier paramètre 2
// Construit un thread
t2 est un Thread(Proc, ("Deuxième", 3))
// Déclenche l'exécution du thread
ThreadExécute(t2)
ThreadAttend(t2)
// expect: Deuxième 3

PROCÉDURE Proc(sTexte, nNombre)
Trace(sTexte + " " + nNombre)
