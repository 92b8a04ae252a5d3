// `()` n'est que la liste vide des paramètres d'une procédure qu'une fonction exécute
// (TâcheParallèleExécute(P, (), ...), ?1000021211) : argument d'un autre appel, c'est WL100
// à la `(` ; ailleurs, une erreur de syntaxe comme avant
t est une TâcheParallèle = TâcheParallèleExécute(Travail, (), tpoThreadPrincipal)
TâcheParallèleAttend(t)
Trace(()) // error: WL100:7 `()` gives no value: it is only the empty list of parameters of a procedure that a built-in runs (ParallelTaskExecute(P, (), ...))
Trace(Taille(())) // error: WL100:14 `()` gives no value: it is only the empty list of parameters of a procedure that a built-in runs (ParallelTaskExecute(P, (), ...))

PROCÉDURE Travail()
Trace("travail")
