// Page d'aide « Gestion avancée de la valeur NULL : Activation des types nullables »
// ?1511031 (WINDEV 2024). La copie stockée liste ses parties (type simple nullable,
// opérateurs ?!, ??, ??*, ??= et ??=*) et s'arrête avant leurs exemples : ce que donne
// chacun est INFERRED d'après son nom (docs/semantics.md "The null operators").
nValeur est un entier?
Trace(nValeur = Null, nValeur ?? 5) // expect: 1, 5
nValeur = 0
Trace(nValeur = Null, nValeur ?? 5, nValeur ??* 5) // expect: 0, 0, 5
nValeur = Null
nValeur ??= 3
Trace(nValeur, nValeur?! + 1) // expect: 3, 4
nValeur = 0
nValeur ??=* 8
Trace(nValeur) // expect: 8
sNom est une chaîne? = Null
Trace(sNom = Null, sNom ?? "(aucun)") // expect: 1, (aucun)
nCompte est un entier = Null
Trace(nCompte, nCompte = Null, nCompte ?? 9) // expect: 0, 1, 0
vPremier est un Variant
// expect: appelée pour premier
Trace(vPremier ?? ParDéfaut("premier"), 1 ?? ParDéfaut("second")) // expect: premier, 1
Trace(Null ?? 1 + 2) // expect: 3
Trace(vPremier?!) // expect error: The operator ?! was given a Null value
PROCÉDURE ParDéfaut(sQui)
  Trace("appelée pour " + sQui)
  RENVOYER sQui
