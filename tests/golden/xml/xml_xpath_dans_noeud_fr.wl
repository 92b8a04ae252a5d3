// XMLExécuteXPath sur un xmlDocument donne un tableau de xmlNoeud (docs/builtins.md
// "XPath"). Rangé dans une variable déclarée xmlNoeud, le tableau y était gardé entier,
// sans un mot : la variable n'était pas un nœud, et `res..Nom` s'arrêtait plus loin sur
// "Arrays have no property 'Name'". L'affectation est désormais refusée en toutes lettres,
// avec les deux façons de l'écrire (*décidé* 6 déc. 2026, FS, INFERRED : la page
// XMLExécuteXPath n'est pas stockée). Jumeau anglais xml_xpath_into_node_en.wl.
doc est un xmlDocument = XMLOuvre("<Librairie><Livre id='1'>Dune</Livre><Livre id='2'>Emma</Livre></Librairie>", depuisChaîne)
QUAND EXCEPTION DANS
	res est un xmlNoeud = XMLExécuteXPath(doc, "/Librairie/Livre") // wl: ignore[WL110]
FAIRE
	Trace(ExceptionInfo()) // expect: An array (2 elements: XMLExecuteXPath gives an array of xmlNode) cannot be stored in an xmlNode: declare an `array of xmlNode`, or take one node of it (`[1]`).
FIN
// les deux façons : un nœud du tableau, ou le tableau
premier est un xmlNœud = XMLExecuteXPath(doc, "/Librairie/Livre")[1]
Trace(premier..Nom, premier, premier:id) // expect: Livre, Dune, 1
tabNoeuds est un tableau de xmlNoeud = XMLExécuteXPath(doc, "/Librairie/Livre[@id='2']")
Trace(TableauOccurrence(tabNoeuds), tabNoeuds[1]) // expect: 1, Emma
// affecté plus tard
autre est un xmlNoeud
autre = doc.Librairie.Livre[2]
Trace(autre) // expect: Emma
Trace(Titre(premier)) // expect: Dune
QUAND EXCEPTION DANS
	autre = XMLExécuteXPath(doc, "/Librairie/Rien") // wl: ignore[WL110]
FAIRE
	Trace(Gauche(ExceptionInfo(), 60)) // expect: An array (0 elements: XMLExecuteXPath gives an array of xmlN
FIN

PROCÉDURE Titre(n est un xmlNoeud)
RENVOYER n..Texte
