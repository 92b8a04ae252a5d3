// Un document lu dans un fichier UTF-16 (sa marque FF FE, sa déclaration disant UTF-16),
// modifié et sauvé par XMLSauve s'écrit de nouveau en UTF-16, comme un document lu en
// ISO-8859-1 s'écrit en ISO-8859-1 (docs/builtins.md "XMLSave and the document's
// encoding"). La déclaration d'un texte UTF-16 n'était pas trouvée : le fichier était
// réécrit en UTF-8. INFERRED.
sFichier est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_xml16_fr_" + Hasard(1, 999999999) + ".xml"
fSauveTexte(sFichier, "<?xml version=""1.0"" encoding=""UTF-16""?>" + RC + "<Stock><Article réf=""A1"">Théière €</Article></Stock>", foUnicode)
xStock est un xmlDocument = XMLOuvre(sFichier)
Trace(xStock.Stock.Article, xStock.Stock.Article:réf) // expect: Théière €, A1
xStock.Stock.Article:qté = 12
Trace(XMLSauve(xStock, sFichier)) // expect: 1
Trace(BufferVersHexa(Gauche(fChargeBuffer(sFichier), 4), SansRegroupement, SansLigne)) // expect: FFFE3C00
Trace(Gauche(XMLConstruitChaîne(xStock), 39)) // expect: <?xml version="1.0" encoding="UTF-16"?>
xRelu est un xmlDocument = XMLOuvre(sFichier)
Trace(xRelu.Stock.Article, xRelu.Stock.Article:qté) // expect: Théière €, 12
fSupprime(sFichier)
