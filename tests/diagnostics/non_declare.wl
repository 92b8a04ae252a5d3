// noms non déclarés : le nom déclaré le plus proche est proposé (casse et accents ignorés)
nRésultat est un entier = 3
sCommentaire est une chaîne
Trace(nResultats) // error: WL101:7 'nResultats' is not declared; did you mean nRésultat?
sCommentaire = "ok"
Trace(sCommentaire, nRésultat)
