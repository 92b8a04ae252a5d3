// XMLExécuteXPath sur une variable xmlDocument ou xmlNoeud donne toujours un tableau de
// xmlNoeud : rangé dans une variable déclarée xmlNoeud, ou passé à un paramètre déclaré
// ainsi, l'exécution s'arrête là. wl check ne disait rien. Jumeau anglais
// xpath_array_into_node.wl.
doc est un xmlDocument = XMLOuvre("<Boutique><Livre>Candide</Livre><Livre>Zadig</Livre></Boutique>", depuisChaîne)
résultat est un xmlNoeud = XMLExécuteXPath(doc, "/Boutique/Livre") // error: WL110:1 XMLExécuteXPath(...) is an array of xmlNode: an array cannot be stored in 'résultat', an xmlNode
Trace(résultat..Nom)
autre est un xmlNoeud
autre = XMLExécuteXPath(doc, "/Boutique/Livre") // error: WL110:1 XMLExécuteXPath(...) is an array of xmlNode: an array cannot be stored in 'autre', an xmlNode
Trace(autre..Nom)
AfficheNom(XMLExécuteXPath(doc, "/Boutique/Livre")) // error: WL116:12 XMLExécuteXPath(...) is an array and the parameter 'n' of AfficheNom is an xmlNode: an array of xmlNode cannot be stored there
// les deux façons de l'écrire, et le nom du document (un texte), qui donne un booléen
premier est un xmlNoeud = XMLExécuteXPath(doc, "/Boutique/Livre")[1]
AfficheNom(premier)
tabLivres est un tableau de xmlNoeud = XMLExécuteXPath(doc, "/Boutique/Livre")
Trace(TableauOccurrence(tabLivres))
Trace(XMLExécuteXPath("Boutique", "/Boutique/Livre"))

PROCÉDURE AfficheNom(n est un xmlNoeud)
Trace(n..Nom)
