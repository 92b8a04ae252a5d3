// Un enregistrement refusé par un import nomme la fonction appelée (HImporteTexte,
// HImporteJSON, HImporteXML), pas HAjoute, avec le code d'erreur de l'enregistrement.
HRAZ(Product)
Product.Reference = "A1"
Product.Label = "Axe"
HAjoute(Product)
HAjoute(Product)
nDoublon est un entier = HErreur()
sBase est une chaîne = fRepTemp() + ["/"] + "wl_hfsql_imp_" + DonneUUID()
HExporteJSON(Product, sBase + ".json")
HExporteXML(Product, sBase + ".xml")
fSauveTexte(sBase + ".txt", "A1;Axe")
Trace(HImporteTexte(Product, sBase + ".txt", "Reference,Label"), HErreur() = nDoublon)   // expect: 0, 1
Trace(Position(ErreurInfo(), "HImporteTexte on Product: duplicate value") = 1, Position(ErreurInfo(), "HAdd"))   // expect: 1, 0
Trace(Position(HErreurInfo(), "record 1 of " + sBase + ".txt") > 0)   // expect: 1
Trace(HImporteJSON(Product, sBase + ".json"), HErreur() = nDoublon)   // expect: 0, 1
Trace(Position(ErreurInfo(errMessage), "HImporteJSON on Product") = 1, Position(ErreurInfo(), "HAdd"))   // expect: 1, 0
Trace(HImporteXML(Product, sBase + ".xml"), HErreur() = nDoublon)   // expect: 0, 1
Trace(Position(HErreurInfo(), "HImporteXML on Product") = 1, Position(HErreurInfo(), "HAdd"))   // expect: 1, 0
Trace(HNbEnr(Product))   // expect: 1
fSupprime(sBase + ".json")
fSupprime(sBase + ".xml")
fSupprime(sBase + ".txt")
