// JSONXMLConvertisseur / JSONXMLConverter ?1410087323, French twin of jsonxmlconverter.wl
// written from the English page (the French page is not stored; JSONXMLConvertisseur is
// VERIFIED, the other French names are ours: docs/builtins.md "JSON and XML conversion").
soit json = ChaîneVersJSON("
{ "nom": "NomTest"
  ,"id": 2
  ,"vrai": true
  ,"liste": [5,5,6,2,47]
}
")

soit convertisseur est un JSONXMLConvertisseur
convertisseur.ConversionTableauAvecRacine = Faux
convertisseur.ConversionComplète = Vrai
soit xml = JSONVersXML(json, convertisseur)
Trace(xml..SourceXML)
// expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <document><nom>NomTest</nom><id>2</id><vrai>true</vrai><liste>5</liste><liste>5</liste><liste>6</liste><liste>2</liste><liste>47</liste></document>
// expect:
Trace(XMLVersJSON(xml, convertisseur)) // expect: {"nom":"NomTest","id":2,"vrai":true,"liste":[5,5,6,2,47]}

c est un JSONXMLConvertisseur
Trace(c.ConversionTableauAvecRacine, c.ReprésentationBaliseVide, c.ConversionComplete, c.TypageJSON, c.PréfixeAttribut, c.NomRacineXML) // expect: 1, 1, 1, 1, @, document
x est un xmlDocument = JSONVersXML(json)
Trace(x.document.liste.element[3], x.document.liste.element..Occurrence) // expect: 6, 5
c.TypageJSON = Faux
Trace(XMLVersJSON("<r><id>2</id></r>", c)) // expect: {"id":"2"}
