// Éléments préfixés par un espace de noms (une petite facture façon UBL), atteints par
// l'accès pointé : `doc.Facture.cbc:ID` (docs/builtins.md "XML namespace prefixes")
sXML est une chaîne = [
<Facture xmlns:cbc="urn:cbc" xmlns:cac="urn:cac"><cbc:ID>F-001</cbc:ID><cac:Ligne><cbc:Qte>2</cbc:Qte></cac:Ligne><cac:Ligne><cbc:Qte>5</cbc:Qte></cac:Ligne></Facture>
]
doc est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
Trace(doc.Facture.cbc:ID, doc.Facture.cac:Ligne..Occurrence) // expect: F-001, 2
nTotal est un entier
POUR TOUT xLigne DE doc.Facture.cac:Ligne
	nTotal += xLigne.cbc:Qte
FIN
Trace(nTotal) // expect: 7
doc.Facture.cbc:ID = "F-002"
doc.Facture.cbc:Devise = "EUR"
Trace(doc.Facture.cbc:Absent..Existe, doc.Facture.cbc:Devise..Nom) // expect: 0, cbc:Devise
Trace(XMLConstruitChaîne(doc, XMLSansEntête)) // expect: <Facture xmlns:cbc="urn:cbc" xmlns:cac="urn:cac"><cbc:ID>F-002</cbc:ID><cac:Ligne><cbc:Qte>2</cbc:Qte></cac:Ligne><cac:Ligne><cbc:Qte>5</cbc:Qte></cac:Ligne><cbc:Devise>EUR</cbc:Devise></Facture>
// expect:
// un attribut préfixé lu et écrit après `:` (xsi:type, xsi:nil)
sSOAP est une chaîne = [
<soap:Envelope xmlns:soap="urn:s" xmlns:xsi="urn:x"><soap:Body><Prix xsi:type="decimal">12.5</Prix></soap:Body></soap:Envelope>
]
doc2 est un xmlDocument = XMLOuvre(sSOAP, depuisChaîne)
xPrix est un xmlNoeud = doc2.soap:Envelope.soap:Body.Prix
Trace(xPrix, xPrix:xsi:type) // expect: 12.5, decimal
xPrix:xsi:nil = "false"
Trace(XMLConstruitChaîne(doc2.soap:Envelope.soap:Body, XMLSansEntête)) // expect: <soap:Body><Prix xsi:type="decimal" xsi:nil="false">12.5</Prix></soap:Body>
// expect:
