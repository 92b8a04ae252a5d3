// XMLExécuteXPath sur une variable xmlDocument donne le tableau des xmlNoeud trouvés, que
// le code réel parcourt (docs/builtins.md "XPath", INFERRED ; jumeau anglais
// xml_xpath_variable_en.wl). C'était l'erreur "XMLExecuteXPath works on a document...".
xCommande est un xmlDocument = XMLOuvre("<Commande><Ligne ref=""A1""><Qte>2</Qte></Ligne><Ligne ref=""B7""><Qte>5</Qte></Ligne></Commande>", depuisChaîne)
nTotal est un entier
POUR TOUT xLigne DE XMLExécuteXPath(xCommande, "/Commande/Ligne")
	Trace(xLigne:ref, xLigne.Qte) // expect: A1, 2
	// expect: B7, 5
	nTotal += xLigne.Qte
FIN
Trace(nTotal) // expect: 7
tabLignes est un tableau de xmlNœud = XMLExecuteXPath(xCommande, "//Ligne[@ref='B7']")
Trace(tabLignes..Occurrence, tabLignes[1].Qte, tabLignes[1]..Nom) // expect: 1, 5, Ligne
tabQte est un tableau de xmlNoeud = XMLExécuteXPath(tabLignes[1], "Qte")
Trace(tabQte..Occurrence, tabQte[1]) // expect: 1, 5
tabRefs est un tableau de chaînes = XMLExécuteXPath(xCommande, "//Ligne/@ref")
Trace(TableauVersChaîne(tabRefs, "+")) // expect: A1+B7
tabRien est un tableau de xmlNoeud = XMLExécuteXPath(xCommande, "/Commande/Note")
Trace(tabRien..Occurrence, ErreurDétectée) // expect: 0, 0
tabLignes[1].Qte = 6
Trace(xCommande.Commande.Ligne[2].Qte) // expect: 6
