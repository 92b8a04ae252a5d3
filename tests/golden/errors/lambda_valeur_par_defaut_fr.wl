// Un paramètre de lambda avec une valeur par défaut : la page des lambdas de PC SOFT n'en
// donne pas, il est refusé en mots à son '='
fDouble est une procédure = (x est un entier = 5) => x * 2 // expect error: a lambda's parameter takes no default value (PC SOFT's lambda page gives none): give the value in the call, or write an INTERNAL PROCEDURE with (x is int = 5)
Trace(fDouble(2))
