// Un attribut lu par son nom (`xLigne:qte`, `xLigne.qte`) compte dans un calcul comme sa
// valeur lue comme un nombre, comme le texte d'un élément et `..Attribut["qte"]` le
// faisaient déjà : la somme des quantités d'une commande par `nQté += xLigne:qte`
// donnait 25 pour 2 et 5 (les textes mis bout à bout, puis rangés dans l'entier) et
// `x.commande:id + 1` donnait "71". Comparé à un texte, il reste son texte (*décidé*
// 6 déc. 2026, FS, INFERRED : docs/builtins.md "An xmlNode's attributes by name").
// Jumeau anglais xml_attribute_arithmetic_en.wl.
x est un xmlDocument = XMLOuvre("<commande id=""7"" code=""A7""><ligne ref=""A"" qte=""2"" prix=""1.50""/><ligne ref=""B"" qte=""5"" prix=""2""/></commande>", depuisChaîne)
nQté est un entier
mTotal est un monétaire
POUR TOUT xLigne DE x.commande.ligne
	nQté += xLigne:qte
	mTotal += xLigne:qte * xLigne.prix
FIN
Trace(nQté, mTotal) // expect: 7, 13
Trace(x.commande:id + 1, x.commande.id * 2, x.commande..Attribut["id"] + 1) // expect: 8, 14, 8
// comme texte : joint à un texte, comparé à un texte, donné à une fonction de texte
Trace("Commande " + x.commande:id, x.commande:code = "A7", Taille(x.commande:code), Minuscule(x.commande:code)) // expect: Commande 7, 1, 2, a7
sCode est une chaîne = x.commande:code
Trace(sCode + "-" + x.commande.ligne[2]:ref) // expect: A7-B
// comparé à un nombre : comme un nombre
Trace(x.commande:id = 7, x.commande:id > 10) // expect: 1, 0
// gardé dans un Variant ou un membre JSON : son texte (celui d'un nœud aussi :
// VariantVersJSON disait "a value of type xmlNode has no JSON form")
v est un Variant = x.commande:code
Trace(v, TypeVar(v) = wlChaîne) // expect: A7, 1
j est un JSON
j.id = x.commande:id
j.premièreRef = x.commande.ligne[1]:ref
j.commande = x.commande.ligne[2]
Trace(VariantVersJSON(j)) // expect: {"id":"7","premi\u00E8reRef":"A","commande":""}
