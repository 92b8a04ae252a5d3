// Un réel entier s'écrit en JSON comme un entier, comme son texte (Trace(r) affiche 15) :
// une variable JSON, VariantVersJSON, Sérialise en psdJSON et JSONVersChaîne donnaient
// 15.0, une forme que le WLangage n'affiche jamais. INFERRED (aucune page ne montre la
// forme JSON d'un réel) ; la règle d'un monétaire ou numérique entier (docs/builtins.md).
rPrix est un réel = 15
rDemi est un réel = 2.5
v est un JSON
v.prix = rPrix
v.demi = rDemi
Trace(v) // expect: {"prix":15,"demi":2.5}
tabTaux est un tableau de réels = [20, 5.5, 0]
Trace(VariantVersJSON(tabTaux)) // expect: [20,5.5,0]
STArticle est une Structure
	sRéf est une chaîne
	rPoids est un réel
FIN
st est un STArticle
st.sRéf = "Clé"
st.rPoids = 12
bufSortie est un Buffer
Sérialise(st, bufSortie, psdJSON)
Trace(UTF8VersChaîne(bufSortie)) // expect: {"sR\u00E9f":"Cl\u00E9","rPoids":12}
