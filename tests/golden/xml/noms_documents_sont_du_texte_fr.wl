// Le nom d'un document des fonctions XML (XMLDocument, XMLPremier, XMLLit,
// XMLExécuteXPath, XMLExtraitDocument...) est un texte : un tableau y arrête
// l'exécution dans les mots de tout paramètre texte et wl check le signale (WL115) ;
// l'exécution disait "cannot be converted to a string" et wl check rien
// (docs/check.md WL115). Le nom d'un document se lit en toute casse.
t est un tableau de chaînes = ["a"]
XMLDocument("Commande", "<commande><ligne>1</ligne></commande>")
Trace(XMLLit("COMMANDE", "/commande/ligne")) // expect: 1
QUAND EXCEPTION DANS
	XMLExtraitDocument("commande", t) // wl: ignore[WL115]
FAIRE
	Trace(ExceptionInfo()) // expect: XMLExtraitDocument expects a string, not a value of type array.
FIN
XMLTermine("commande")
XMLPremier(t) // expect error: XMLPremier expects a string, not a value of type array
