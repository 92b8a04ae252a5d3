// NaN, Infinity et -Infinity ne sont pas des valeurs JSON : un texte qui en contient est
// refusé comme tout texte JSON invalide (JSONVersVariant : Null et ErreurDétectée ; une
// variable JSON : l'erreur "not valid JSON"). Avant, la valeur était lue et arrêtait le
// programme plus loin, là où elle servait.
v est un Variant = JSONVersVariant("{""prix"":NaN}")
Trace(ErreurDétectée, v = Null) // expect: 1, 1
Trace(ErreurInfo()) // expect: JSONVersVariant: the text is not valid JSON (NaN is not a JSON value).
v = JSONVersVariant("[1, Infinity]")
Trace(ErreurDétectée) // expect: 1
v = JSONVersVariant("{""prix"":12.5}")
Trace(ErreurDétectée, v.prix) // expect: 0, 12.5
QUAND EXCEPTION DANS
	j est un JSON = "{""a"":-Infinity}"
	Trace(j.a)
FAIRE
	Trace(ExceptionInfo()) // expect: The text is not valid JSON (-Infinity is not a JSON value).
FIN
s est une chaîne
Désérialise(s, "NaN", psdJSON)
Trace(ErreurDétectée, s = "") // expect: 1, 1
