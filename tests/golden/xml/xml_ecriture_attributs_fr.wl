// Attributs d'une variable xmlDocument écrits dans le code (docs/builtins.md "XML", INFERRED) :
// `noeud:nom = v` donne l'attribut, créé quand l'élément n'a pas de fils de ce nom ;
// XMLAjouteAttribut et XMLAjouteFils prennent un xmlNoeud ou un xmlDocument (sa racine).
doc est un xmlDocument = XMLOuvre("<commande><ligne num=""1"">Vis</ligne></commande>", depuisChaîne)
doc:commande:ligne:num = "7"
doc.commande.ligne:qte = 3
doc:commande:etat = "ouverte"
Trace(XMLConstruitChaîne(doc, XMLSansEntête)) // expect: <commande etat="ouverte"><ligne num="7" qte="3">Vis</ligne></commande>
// expect:
n est un xmlNoeud = doc.commande.ligne
Trace(XMLAjouteAttribut(doc, "version", "2"), XMLAjouteAttribut(n, "unite", "kg"), XMLAjouteFils(doc.commande, "total", "12.50")..Nom) // expect: 1, 1, total
Trace(XMLConstruitChaîne(doc, XMLSansEntête)) // expect: <commande etat="ouverte" version="2"><ligne num="7" qte="3" unite="kg">Vis</ligne><total>12.50</total></commande>
// expect:
Trace(n:unite, doc.commande:version, doc.commande.total) // expect: kg, 2, 12.50
// un xmlDocument vide prend le fils comme racine, comme un document nommé (docs/builtins.md)
vide est un xmlDocument
Trace(XMLAjouteFils(vide, "a", "b")..Nom, XMLConstruitChaîne(vide, XMLSansEntête)) // expect: a, <a>b</a>
// expect:
vide2 est un xmlDocument
XMLAjouteAttribut(vide2, "a", "b") // expect error: XMLAjouteAttribut: the xmlDocument has no element.
