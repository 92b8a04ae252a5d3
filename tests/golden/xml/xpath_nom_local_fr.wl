// Une réponse SOAP lue quels que soient les préfixes choisis par le serveur : local-name()
// et name() d'XPath (docs/builtins.md "XPath predicates", *decided*) :
// //*[local-name() = 'Prix'] s'arrêtait sur "'local-name()' in the query ... is not in
// the XPath subset"
sRéponse est une chaîne = [
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:b="urn:boutique">
<soap:Body><b:DonnePrixRéponse><b:Prix>12.5</b:Prix><b:Code>A</b:Code></b:DonnePrixRéponse></soap:Body>
</soap:Envelope>
]
XMLDocument("réponse", sRéponse)
Trace(XMLExécuteXPath("réponse", "//*[local-name() = 'Prix']"), XMLRésultat("réponse")) // expect: 1, 12.5
Trace(XMLExécuteXPath("réponse", "//*[local-name() = 'Body']/*[1]"), XMLNomElément("réponse")) // expect: 1, b:DonnePrixRéponse
Trace(XMLExécuteXPath("réponse", "name(//*[local-name() = 'Code'])"), XMLRésultat("réponse")) // expect: 1, b:Code
Trace(XMLExécuteXPath("réponse", "local-name(/*)"), XMLRésultat("réponse")) // expect: 1, Envelope
Trace(XMLExécuteXPath("réponse", "count(//*[starts-with(name(), 'b:')])"), XMLRésultat("réponse")) // expect: 1, 3
XMLTermine("réponse")
xRéponse est un xmlDocument = XMLOuvre(sRéponse, depuisChaîne)
tabParties est un tableau de xmlNoeud = XMLExécuteXPath(xRéponse, "//*[local-name() = 'DonnePrixRéponse']/*")
POUR TOUT xPartie DE tabParties
	Trace(xPartie..Nom, xPartie..Texte) // expect: b:Prix, 12.5
	// expect: b:Code, A
FIN
