// ..Attribut d'un xmlNoeud s'indice par nom comme par rang, comme l'écrit du code réel
// (`xNoeud..Attribut["nom"]`) : l'attribut de ce nom (comparé sans casse, comme les
// membres), son ..Valeur et son ..Nom ; un nom que l'élément n'a pas se lit "" avec
// ..Existe à Faux ; l'affecter le fixe, ajouté s'il manque. Il échouait sur "Index 0 is
// out of range" (docs/builtins.md "An xmlNode's attributes by name")
xDoc est un xmlDocument = XMLOuvre("<commande><ligne code=""A1"" qté=""3"">stylo</ligne></commande>", depuisChaîne)
xLigne est un xmlNoeud = xDoc.commande.ligne
Trace(xLigne..Attribut["code"]) // expect: A1
Trace(xLigne..Attribut["QTE"]..Valeur, xLigne..Attribut["qté"]..Nom) // expect: 3, qté
Trace(xLigne..Attribut["qté"] * 2) // expect: 6
Trace(xLigne..Attribut["code"]..Existe, xLigne..Attribut["prix"]..Existe) // expect: 1, 0
Trace("[" + xLigne..Attribut["prix"] + "]") // expect: []
Trace(xLigne..Attribut[2]..Nom, xLigne..Attribut..Occurrence) // expect: qté, 2
xLigne..Attribut["qté"] = 4
xLigne..Attribut["prix"] = "1.50"
xLigne..Attribut["code"]..Valeur = "B2"
Trace(XMLConstruitChaîne(xDoc, XMLSansEntête)) // expect: <commande><ligne code="B2" qté="4" prix="1.50">stylo</ligne></commande>
// expect:
POUR TOUT xAttr DE xLigne..Attribut
	Trace(xAttr..Nom, xAttr..Valeur) // expect: code, B2
	// expect: qté, 4
	// expect: prix, 1.50
FIN
Trace(xDoc.commande.total..Attribut["devise"]..Existe) // expect: 0
xDoc.commande.total..Attribut["devise"] = "EUR"
Trace(xDoc.commande.total:devise) // expect: EUR
