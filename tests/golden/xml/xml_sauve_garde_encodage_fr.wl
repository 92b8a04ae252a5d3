// Un xmlDocument lu dans un fichier qui déclare ISO-8859-1 est réécrit ainsi par
// XMLSauve et XMLConstruitChaîne : sa propre déclaration est gardée, comme celle d'un
// document nommé (XMLDocument), et les octets du fichier sont dans cet encodage. Avant,
// XMLSauve réécrivait le fichier ISO-8859-1 d'un fournisseur en UTF-8. INFÉRÉ
// (docs/builtins.md "XMLSave and the document's encoding"). Un nouveau document est en
// UTF-8, comme avant.
sFichier est une chaîne = ComplèteRep(fRepTemp()) + "wl_golden_xmlenc_" + Hasard(1, 999999999) + ".xml"
fSauveTexte(sFichier, "<?xml version=""1.0"" encoding=""ISO-8859-1""?>" + RC + "<Clients><Client id=""1""><Nom>Lefèvre</Nom></Client></Clients>", foAnsi)
xDoc est un xmlDocument = XMLOuvre(sFichier)
xDoc.Clients.Client.Ville = "Orléans"
Trace(XMLSauve(xDoc, sFichier)) // expect: 1
Trace(Gauche(fChargeTexte(sFichier), 43)) // expect: <?xml version="1.0" encoding="ISO-8859-1"?>
bufBrut est un Buffer = fChargeBuffer(sFichier)
Trace(Position(bufBrut, "Lef" + Caract(232) + "vre") > 0, Position(bufBrut, "Orl" + Caract(233) + "ans") > 0) // expect: 1, 1
xRelu est un xmlDocument = XMLOuvre(sFichier)
Trace(xRelu.Clients.Client.Nom, xRelu.Clients.Client.Ville) // expect: Lefèvre, Orléans
XMLDocument("CLI", sFichier)
Trace(Gauche(XMLConstruitChaîne("CLI"), 43)) // expect: <?xml version="1.0" encoding="ISO-8859-1"?>
XMLTermine("CLI")
xNouveau est un xmlDocument
xNouveau.Commande.Numero = "F-1"
Trace(Gauche(XMLConstruitChaîne(xNouveau), 38)) // expect: <?xml version="1.0" encoding="UTF-8"?>
fSupprime(sFichier)
