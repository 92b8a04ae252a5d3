// XMLAjouteFils avec <déplacement> sur une variable xmlNoeud : la variable désigne le
// nouveau fils (docs/builtins.md "XML", INFERRED)
doc est un xmlDocument = XMLOuvre("<commande><ligne>Vis</ligne></commande>", depuisChaîne)
n est un xmlNoeud = doc.commande
Trace(XMLAjouteFils(n, "total", "", Vrai)..Nom, n..Nom) // expect: total, total
XMLAjouteFils(n, "montant", "12.50")
Trace(XMLConstruitChaîne(doc, XMLSansEntête)) // expect: <commande><ligne>Vis</ligne><total><montant>12.50</montant></total></commande>
// expect:
XMLAjouteAttribut(doc, "version", "2", Vrai) // expect error: XMLAjouteAttribut: an xmlNode or xmlDocument variable cannot be positioned on an attribute
