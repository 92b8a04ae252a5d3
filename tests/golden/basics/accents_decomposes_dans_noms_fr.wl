// Des noms enregistrés décomposés (NFD : la lettre puis son accent combinant, comme les
// noms de fichiers de macOS et certains copier-coller écrivent `é`) sont les mêmes noms
// que composés : la déclaration écrit Quantité décomposé, les usages le composent ou non.
Quantité est un entier = 3
Trace(Quantité * 2) // expect: 6
Trace(QUANTITE + 1) // expect: 4
Créé est une chaîne = "déjà"
Trace(Taille(Créé)) // expect: 6
Trace(Doublé(21)) // expect: 42
SI Quantité = 3 ALORS Trace("même variable") // expect: même variable
PROCÉDURE Doublé(x)
RENVOYER x * 2
