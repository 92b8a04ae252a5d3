// `x est un entier => ...` : la syntaxe simplifiée (un paramètre sans parenthèses) ne
// prend qu'un nom (?1514084) ; un paramètre typé est refusé en mots à son EST
fDouble est une procédure = x est un entier => x * 2 // expect error: a typed parameter of a lambda goes in parentheses: (x is int) => ...
Trace(fDouble(2))
