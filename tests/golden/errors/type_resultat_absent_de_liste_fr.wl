// Une liste de types de résultat où manque un type est une erreur de syntaxe sur la liste
// (docs/semantics.md "Several values") ; elle était lue comme un variant sans un mot.
Trace(Paire())

PROCÉDURE Paire() : (, chaîne) // expect error: a type is missing in the list of result types (, chaîne)
RENVOYER (1, 2)
