// Une lambda déclarée avec un type de résultat qui donne deux valeurs : l'exécution
// s'arrête là où la lambda est écrite, avec les mots de `wl check` (WL110), pas à l'appel
// en nommant le nom interne de la lambda (docs/semantics.md "A lambda's RESULT of the wrong count").
fDouble est une procédure = (x) : entier => (x, 1) // expect error: A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be used as a number.
Trace("avant l'appel") // expect: avant l'appel
Trace(fDouble(2))
