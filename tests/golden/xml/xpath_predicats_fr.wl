// Les prédicats XPath tels que le code métier les écrit (XMLExécuteXPath sur un document
// nommé et sur une variable xmlDocument) : and/or, < > <= >=, positions, not(),
// contains(), starts-with(), normalize-space(), string-length(), un chemin dans un
// prédicat, sum(), concat(), `|`. Ils s'arrêtaient sur "'and' in the query ... is not in the XPath subset"
// (docs/builtins.md "XPath", *decided* : les règles d'XPath 1.0)
sXML est une chaîne = [
<catalogue>
	<produit ref="A1" stock="0"><nom>Chaise chêne</nom><prix>45.50</prix></produit>
	<produit ref="A2" stock="12"><nom>  Table   chêne </nom><prix>320</prix></produit>
	<produit ref="B1" stock="3" cache="1"><nom>Étagère pin</nom><prix>89</prix></produit>
	<produit ref="B2" stock="7"><nom>Lit pin</nom><prix>410</prix><fournisseur><ville>Lyon</ville></fournisseur></produit>
</catalogue>
]
XMLDocument("cat", sXML)
Trace(XMLExécuteXPath("cat", "count(//produit[prix > 100 and @stock > 0])"), XMLRésultat("cat")) // expect: 1, 2
Trace(XMLExécuteXPath("cat", "//produit[@stock = 0 or prix >= 400]/@ref"), XMLRésultat("cat")) // expect: 1, A1
XMLSuivant("cat")
Trace(XMLRésultat("cat")) // expect: B2
Trace(XMLExécuteXPath("cat", "//produit[position() > 1 and position() < last()]/@ref"), XMLRésultat("cat")) // expect: 1, A2
Trace(XMLExécuteXPath("cat", "//produit[not(@cache) and starts-with(@ref, 'B')]/nom"), XMLRésultat("cat")) // expect: 1, Lit pin
Trace(XMLExécuteXPath("cat", "//produit[contains(nom, 'chêne') and (prix < 50 or prix > 300)]/@ref"), XMLRésultat("cat")) // expect: 1, A1
Trace(XMLExécuteXPath("cat", "//produit[normalize-space(nom) = 'Table chêne']/prix"), XMLRésultat("cat")) // expect: 1, 320
Trace(XMLExécuteXPath("cat", "//produit[fournisseur/ville = 'Lyon']/@ref"), XMLRésultat("cat")) // expect: 1, B2
Trace(XMLExécuteXPath("cat", "//produit[string-length(@ref) != 2]"), XMLEnDehors("cat")) // expect: 0, 1
// une requête qui commence par une fonction donne sa valeur ; des chemins joints par |
// donnent leurs nœuds dans l'ordre du document ; un chemin absolu dans un prédicat se lit
// depuis la racine
Trace(XMLExécuteXPath("cat", "sum(//produit[@stock > 0]/prix)"), XMLRésultat("cat")) // expect: 1, 819
Trace(XMLExécuteXPath("cat", "concat(count(//produit), ' produits')"), XMLRésultat("cat")) // expect: 1, 4 produits
Trace(XMLExécuteXPath("cat", "//fournisseur/ville | //produit[1]/nom"), XMLRésultat("cat")) // expect: 1, Chaise chêne
XMLSuivant("cat")
Trace(XMLRésultat("cat")) // expect: Lyon
Trace(XMLExécuteXPath("cat", "//produit[prix > /catalogue/produit[@ref = 'B1']/prix]/@ref"), XMLRésultat("cat")) // expect: 1, A2
// des nombres calculés avec + - * div mod
Trace(XMLExécuteXPath("cat", "count(//produit[prix * @stock > 1000])"), XMLRésultat("cat")) // expect: 1, 2
Trace(XMLExécuteXPath("cat", "//produit[position() mod 2 = 0][last()]/@ref"), XMLRésultat("cat")) // expect: 1, B2
Trace(XMLExécuteXPath("cat", "round(sum(//produit/prix) div count(//produit))"), XMLRésultat("cat")) // expect: 1, 216
// text() est le texte propre de l'élément, avant son premier fils (XMLRésultat donnait tout le texte)
XMLDocument("mixte", "<r><a>3<b>4</b></a></r>")
Trace(XMLExécuteXPath("mixte", "//a/text()"), XMLRésultat("mixte"), XMLExécuteXPath("mixte", "string(//a)"), XMLRésultat("mixte")) // expect: 1, 3, 1, 34
XMLTermine("mixte")
XMLTermine("cat")
// sur une variable xmlDocument : le tableau des nœuds trouvés
doc est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
tabTrouvés est un tableau de xmlNoeud = XMLExécuteXPath(doc, "/catalogue/produit[prix <= 89 or @ref = 'A2']")
Trace(tabTrouvés..Occurrence) // expect: 3
POUR TOUT xProduit DE tabTrouvés
	Trace(xProduit:ref, xProduit.prix) // expect: A1, 45.50
	// expect: A2, 320
	// expect: B1, 89
FIN
