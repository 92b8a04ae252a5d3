// XMLPremier / XMLDernier / XMLPrécédent parcourent un niveau (attributs d'abord, puis
// éléments fils) ; XMLModifie et XMLSupprime modifient à la position ; XMLAnnuleRecherche
// termine une recherche XMLRecherche ; XMLExtraitChaîne lit le texte d'un élément
sXML est une chaîne = "<Villes><Ville cp=""75"">Paris</Ville><Ville cp=""69"">Lyon</Ville><Ville cp=""13"">Marseille</Ville></Villes>"
XMLDocument("v", sXML)
xmlfils("v")
Trace(XMLNomElement("v"), XMLDonnée("v")) // expect: Ville, Paris
XMLDernier("v")
Trace(XMLDonnee("v")) // expect: Marseille
Trace(XMLPrécédent("v"), XMLDonnée("v")) // expect: 1, Lyon
Trace(XMLPREMIER("v"), XMLDonnée("v")) // expect: 1, Paris
// avant le premier : Faux, la position reste, XMLEnDehors vaut Vrai
Trace(XMLPrecedent("v"), XMLEnDehors("v"), XMLDonnée("v")) // expect: 0, 1, Paris
XMLFils("v")
Trace(XMLNomElement("v"), XMLDonnée("v"), XMLTypeElément("v") = XMLAttribut) // expect: cp, 75, 1
XMLModifie("v", "75001")
XMLParent("v")
XMLModifie("v", "PARIS")
XMLSuivant("v")
XMLSupprime("v") // Lyon disparaît ; la position remonte sur Villes
Trace(XMLNomElement("v")) // expect: Villes
Trace(XMLConstruitChaîne("v", XMLSansEntête)) // expect: <Villes><Ville cp="75001">PARIS</Ville><Ville cp="13">Marseille</Ville></Villes>
// expect:
XMLRacine("v")
Trace(XMLRecherche("v", "Ville", XMLBalise), XMLDonnée("v")) // expect: 1, PARIS
XMLAnnuleRecherche("v")
Trace(XMLSuivant("v"), XMLDonnée("v")) // expect: 1, Marseille
// les noms XML distinguent les majuscules : "ville" ne trouve rien
Trace(XMLExtraitChaîne(sXML, "Ville", 2), XMLExtraitChaine(sXML, "ville"), "[" + XMLExtraitChaîne(sXML, "Ville", 4) + "]") // expect: Lyon, , []
XMLTermine("v")
