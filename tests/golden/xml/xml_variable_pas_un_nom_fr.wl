// Les fonctions des documents nommés (XMLDocument, XMLRecherche, XMLExécuteXPath...)
// appelées avec une variable xmlDocument le disent, au lieu de "no XML document named
// '<?xml ...'" avec tout le texte pour nom ; XMLConstruitChaîne et XMLSauve prennent les deux
doc est un xmlDocument = XMLOuvre("<commandes><commande num=""A1""/></commandes>", depuisChaîne)
Trace(doc.commandes.commande[1]:num) // expect: A1
XMLDocument("nommé", XMLConstruitChaîne(doc))
Trace(XMLExécuteXPath("nommé", "//commande")) // expect: 1
Trace(XMLEnDehors(doc)) // expect error: XMLOut works on a document XMLDocument created, given by its name; an xmlDocument variable is read through its elements and attributes
