// _ET_ et _OU_ s'arrêtent dès que le résultat est connu ; ET et OU évaluent les deux côtés
Trace(Teste("a", Faux) _ET_ Teste("b", Vrai)) // expect: teste a
// expect: 0
Trace(Teste("c", Vrai) _OU_ Teste("d", Vrai)) // expect: teste c
// expect: 1
Trace(Teste("e", Faux) ET Teste("f", Vrai)) // expect: teste e
// expect: teste f
// expect: 0
Trace(Teste("g", Vrai) OU Teste("h", Vrai)) // expect: teste g
// expect: teste h
// expect: 1

PROCÉDURE Teste(nom, valeur)
Trace("teste " + nom)
RENVOYER valeur
