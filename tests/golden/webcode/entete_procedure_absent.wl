// Le code d'une procédure enregistré sans sa ligne d'en-tête (un export ou une copie qui
// commence aux paramètres, comme une procédure de stock du corpus public) : la ligne des
// paramètres finit par ')' sans '(' qui l'ouvre. L'erreur dit que l'en-tête manque et
// comment l'écrire ; une erreur de syntaxe arrête le fichier avant son exécution.
sBibliothèque est une chaîne, sQualité est une chaîne, nStock est un entier) // expect error: ')' closes no '(': this line of parameters is a procedure's, whose header is missing: write PROCEDURE Name(...) (PROCÉDURE Nom(...)) before them, on the same line
Trace(sBibliothèque + sQualité, nStock)
