// Deux types de résultat écrits sans leur virgule, `: (entier chaîne)`, sont une erreur de
// syntaxe au second (docs/semantics.md "Several values") : c'était lu comme un seul type.
nCode est un entier
sNom est une chaîne
(nCode, sNom) = Paire()
Trace(nCode, sNom)

PROCÉDURE Paire() : (entier chaîne) // expect error: 'chaîne' begins another result type: the types of a list are separated by commas, ': (int, string)'
RENVOYER (1, "un")
