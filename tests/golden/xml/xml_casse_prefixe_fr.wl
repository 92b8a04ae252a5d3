// Un préfixe d'espace de noms est comparé tel que le document l'écrit (XML distingue
// les majuscules : `a` et `A` sont deux préfixes) ; le nom local ignore la casse, comme
// un membre (docs/builtins.md "XML namespace prefixes", INFERRED)
sXML est une chaîne = "<r xmlns:a=""urn:1"" xmlns:A=""urn:2""><a:x>un</a:x><A:x>deux</A:x></r>"
doc est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
Trace(doc.r.a:x, doc.r.A:x, doc.r.A:X) // expect: un, deux, deux
doc2 est un xmlDocument = XMLOuvre("<r xmlns:n=""urn:n""><n:v>1</n:v></r>", depuisChaîne)
Trace(doc2.r.n:v..Existe, doc2.r.N:v..Existe) // expect: 1, 0
doc.r.a:y = "bas"
doc.r.A:y = "HAUT"
Trace(doc.r.a:y, doc.r.A:y) // expect: bas, HAUT
