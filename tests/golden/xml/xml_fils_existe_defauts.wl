// XMLFilsExiste selon le genre (par défaut : éléments ou attributs) ; XMLAjouteAttribut sans valeur donne ""
XMLDocument("d", "<a x='1'><b/></a>")
Trace(XMLFilsExiste("d"), XMLFilsExiste("d", XMLBalise), XMLFilsExiste("d", XMLAttribut)) // expect: 1, 1, 1
XMLFils("d")
XMLSuivant("d")
Trace(XMLNomElement("d"), XMLFilsExiste("d")) // expect: b, 0
XMLAjouteAttribut("d", "y")
Trace(XMLFilsExiste("d", XMLAttribut), XMLFilsExiste("d", XMLBalise)) // expect: 1, 0
Trace(XMLConstruitChaîne("d", XMLSansEntête)) // expect: <a x="1"><b y=""/></a>
// expect:
