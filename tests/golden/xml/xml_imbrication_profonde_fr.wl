// Un document imbriqué sur 5 000 niveaux (jumeau de xml_deep_nesting_en.wl) : XMLOuvre le
// lisait, puis XMLConstruitChaîne et XMLSauve arrêtaient le programme (« Stack
// overflow ») ; ils le réécrivent maintenant à toute profondeur, le même texte.
sProfond est une chaîne = Répète("<a>", 5000) + "x" + Répète("</a>", 5000)
xDoc est un xmlDocument = XMLOuvre(sProfond, depuisChaîne)
Trace(ErreurDétectée) // expect: 0
sConstruit est une chaîne = XMLConstruitChaîne(xDoc, XMLSansEntête)
Trace(Taille(sConstruit), Gauche(sConstruit, Taille(sProfond)) = sProfond) // expect: 35002, 1
sFichier est une chaîne = fRepTemp() + "\wl_profond.xml"
XMLSauve(xDoc, sFichier)
xRelu est un xmlDocument = XMLOuvre(sFichier)
Trace(XMLConstruitChaîne(xRelu) = XMLConstruitChaîne(xDoc)) // expect: 1
fSupprime(sFichier)
xDoc2 est un xmlDocument = XMLOuvre(Répète("<b k=""1"">", 3000) + "<c/>t" + Répète("</b>", 3000), depuisChaîne)
sConstruit2 est une chaîne = XMLConstruitChaîne(xDoc2, XMLSansEntête)
Trace(Gauche(sConstruit2, 16), Position(sConstruit2, "<b k=""1""><c/>t</b></b>") > 0) // expect: <b k="1"><b k="1, 1
