// Un nom écrit dans le code trouve l'élément par l'URI de son espace de noms quand le
// préfixe diffère (docs/builtins.md "XML namespace URIs", INFERRED) ; ..Namespace et
// ..NamespaceDeclaration (nom français non connu : le même en français).
sXML est une chaîne = [
<Facture xmlns:cbc="urn:cbc" xmlns:cac="urn:cac"><y:Numero xmlns:y="urn:cbc">F-7</y:Numero><cac:Client><Nom xmlns="urn:cbc">Dupont</Nom></cac:Client></Facture>
]
doc est un xmlDocument = XMLOuvre(sXML, depuisChaîne)
Trace(doc.Facture.cbc:Numero, doc.Facture.cac:Client.cbc:Nom)   // expect: F-7, Dupont
Trace(doc.Facture."cbc:Numero", doc.Facture.zz:Numero..Existe)   // expect: F-7, 0
doc.Facture.cbc:Numero = "F-8"
Trace(doc.Facture..Fils..Occurrence, doc.Facture.cbc:Numero)   // expect: 2, F-8
x est un xmlNoeud = doc.Facture.cbc:Numero
Trace(x..Namespace..Nom, x..Namespace..URI, x..Nom)   // expect: y, urn:cbc, y:Numero
POUR TOUT ns DE doc.Facture..NamespaceDeclaration
	Trace(ns..Nom, ns..URI)
FIN
// expect: cbc, urn:cbc
// expect: cac, urn:cac
// un xmlDocument vide prend le fils comme racine
d est un xmlDocument
Trace(XMLAjouteFils(d, "Commande", "1"), d.Commande)   // expect: 1, 1
