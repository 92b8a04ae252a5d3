// Le tableau de XMLExécuteXPath passé au paramètre d'une procédure déclaré xmlNoeud est
// refusé à l'appel, dans les mots de l'affectation d'une déclaration
// (xml_xpath_dans_noeud_fr.wl) : il entrait entier, et `x..Nom` s'arrêtait dans la
// procédure sur "Arrays have no property 'Name'" (*décidé* 6 déc. 2026, INFERRED :
// docs/builtins.md "XPath"). Un tableau JSON passé à un paramètre JSON passe toujours par
// référence, et un nœud du tableau passe. Jumeau anglais xml_xpath_to_parameter_en.wl.
doc est un xmlDocument = XMLOuvre("<R><A>un</A><A>deux</A></R>", depuisChaîne)
AfficheNom(XMLExécuteXPath(doc, "/R/A")[2]) // expect: A deux
j est un JSON = "{""liste"":[1,2]}"
AjouteNeuf(j.liste)
Trace(j.liste[3]) // expect: 9
AfficheNom(XMLExécuteXPath(doc, "/R/A")) // expect error: An array (2 elements: XMLExecuteXPath gives an array of xmlNode) cannot be stored in an xmlNode: declare an `array of xmlNode`, or take one node of it (`[1]`).

PROCÉDURE AfficheNom(x est un xmlNoeud)
Trace(x..Nom + " " + x..Texte)

PROCÉDURE AjouteNeuf(lst est un JSON)
lst[3] = 9
