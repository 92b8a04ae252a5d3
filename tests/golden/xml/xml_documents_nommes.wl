// les anciennes fonctions XML : un document par son nom et une position courante
sXML est une chaîne = "<Catalogue version=""2""><Livre id=""l1""><Titre>Germinal</Titre></Livre><Livre id=""l2""><Titre>Nana</Titre></Livre></Catalogue>"
SI XMLDocument("cat", sXML) ALORS Trace(XMLNomElement("cat")) // expect: Catalogue
Trace(XMLLit("cat", "/Catalogue/Livre[2]/Titre"), XMLLit("cat", "/Catalogue/Livre/@id")) // expect: Nana, l1
XMLFils("cat")
TANTQUE PAS XMLEnDehors("cat")
	SI XMLTypeElément("cat") = XMLAttribut ALORS
		Trace("attribut", XMLNomElement("cat"), XMLDonnée("cat")) // expect: attribut, version, 2
	SINON
		Trace("balise", XMLNomElement("cat"), XMLFilsExiste("cat")) // expect: balise, Livre, 1
		// expect: balise, Livre, 1
	FIN
	XMLSuivant("cat")
FIN
Trace(XMLNomElement("cat"), XMLDonnée("cat", "id")) // expect: Livre, l2
XMLRacine("cat")
XMLRecherche("cat", "Titre")
TANTQUE XMLTrouve("cat")
	Trace(XMLDonnée("cat"), XMLNomParent("cat")) // expect: Germinal, Livre
	// expect: Nana, Livre
	XMLSuivant("cat")
FIN
XMLRacine("cat")
SI XMLRecherche("cat", "l2", XMLAttribut + XMLValeur) ALORS
	XMLParent("cat")
	XMLAjouteFils("cat", "Prix", 7)
	XMLAjouteAttribut("cat", "langue", "fr")
FIN
Trace(XMLLit("cat", "/Catalogue/Livre[2]/Prix"), XMLLit("cat", "/Catalogue/Livre[2]/@langue")) // expect: 7, fr
Trace(XMLExtraitChaîne(XMLConstruitChaîne("cat"), "Titre", 2)) // expect: Nana
Trace(XMLConstruitChaîne("cat", XMLSansEntête + XMLPositionCourante)) // expect: <Livre id="l2" langue="fr"><Titre>Nana</Titre><Prix>7</Prix></Livre>
// expect:
XMLTermine("cat")
Trace(XMLEnDehors("cat")) // expect error: there is no XML document named 'cat'
