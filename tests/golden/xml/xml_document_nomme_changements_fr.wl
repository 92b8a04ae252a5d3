// Les parents, l'ordre et les niveaux d'un document nommé sont trouvés une fois et
// gardés pour les déplacements qui suivent (une boucle de XMLSuivant parcourait tout le
// document à chaque pas : stdlib/xml_doc_index.py) ; chaque changement de l'arbre
// ci-dessous est vu par les déplacements qui le suivent.
XMLDocument("D", "<Commande><Ligne>a</Ligne><Ligne>b</Ligne><Note>n</Note></Commande>")
XMLFils("D")
Trace(XMLNomElement("D"), XMLDonnée("D"))
// expect: Ligne, a
XMLSuivant("D")
Trace(XMLDonnée("D"))
// expect: b
// un élément inséré après l'élément courant est le suivant
XMLInsèreElément("D", "Ligne", "c")
XMLSuivant("D")
Trace(XMLNomElement("D"), XMLDonnée("D"))
// expect: Ligne, c
XMLSuivant("D")
Trace(XMLNomElement("D"), XMLNomParent("D"))
// expect: Note, Commande
// un attribut ajouté à la commande est le premier élément sous elle
XMLParent("D")
XMLAjouteAttribut("D", "id", "7")
XMLFils("D")
Trace(XMLNomElement("D"), XMLTypeElément("D") = XMLAttribut)
// expect: id, 1
XMLSuivant("D")
Trace(XMLNomElement("D"), XMLDonnée("D"))
// expect: Ligne, a
// une recherche continue sur le document tel qu'il a changé entre ses pas
XMLRacine("D")
XMLRecherche("D", "Ligne", XMLBalise)
Trace(XMLDonnée("D"))
// expect: a
XMLSuivant("D")
Trace(XMLDonnée("D"))
// expect: b
XMLAjouteFils("D", "Ligne", "interne")
XMLRenomme("D", "Article")
XMLSuivant("D")
Trace(XMLDonnée("D"), XMLNomParent("D"))
// expect: interne, Article
XMLSuivant("D")
Trace(XMLDonnée("D"))
// expect: c
XMLSupprime("D")
Trace(XMLNomElement("D"))
// expect: Commande
XMLSuivant("D")
Trace(XMLDonnée("D"), XMLEnDehors("D"))
// expect: a, 0
XMLSuivant("D")
XMLSuivant("D")
Trace(XMLEnDehors("D"), XMLPosition("D"))
// expect: 1, /Commande/Article/Ligne
Trace(XMLConstruitChaîne("D", XMLSansEntête))
// expect: <Commande id="7"><Ligne>a</Ligne><Article>b<Ligne>interne</Ligne></Article><Note>n</Note></Commande>
// expect:
XMLTermine("D")
