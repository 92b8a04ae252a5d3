// Les types de résultat d'une lambda écrits sans leur virgule sont une erreur de syntaxe
// au second, comme ceux d'une PROCÉDURE (docs/semantics.md "Several values").
fPaire est une procédure = (x) : (entier chaîne) => (x, "a") // expect error: 'chaîne' begins another result type
Trace(fPaire(1))
