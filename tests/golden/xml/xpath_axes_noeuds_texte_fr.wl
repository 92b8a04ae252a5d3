// XMLExécuteXPath évalue XPath 1.0 : les axes (following-sibling::, ancestor::...),
// chaque suite de texte entre deux balises comme son propre nœud text(), les expressions
// filtrées ((//Ligne)[2]), le nœud document /, et les chemins d'un prédicat lus comme ceux
// de la requête (//Commande[Ligne//Ref], [../@id]). Ils s'arrêtaient sur "not valid
// XPath" ou "not in the XPath subset", et text() donnait un seul texte pour les
// différents textes d'un élément (docs/builtins.md "XPath 1.0 whole").
sXML est une chaîne = [
<Commandes id="O">
	<Commande n="1">Payée<Ligne><Ref>A1</Ref></Ligne>à l'heure<Ligne><Ref>B7</Ref></Ligne></Commande>
	<Commande n="2"><Ligne><Ref>C3</Ref></Ligne>en retard</Commande>
</Commandes>
]
XMLDocument("d", sXML)
Trace(XMLExécuteXPath("d", "count(/Commandes/Commande[1]/text())"), XMLRésultat("d")) // expect: 1, 2
Trace(XMLExécuteXPath("d", "/Commandes/Commande[1]/text()"), XMLRésultat("d"), XMLNomElément("d")) // expect: 1, Payée, Commande
Trace(XMLSuivant("d"), XMLRésultat("d"), XMLSuivant("d")) // expect: 1, à l'heure, 0
Trace(XMLExécuteXPath("d", "count(/Commandes/Commande[1]/text()/..)"), XMLRésultat("d")) // expect: 1, 1
Trace(XMLExécuteXPath("d", "(//Ligne)[2]/Ref"), XMLRésultat("d")) // expect: 1, B7
Trace(XMLExécuteXPath("d", "(//Ligne)[last()]/Ref"), XMLRésultat("d")) // expect: 1, C3
Trace(XMLExécuteXPath("d", "//Commande[Ligne//Ref = 'C3']/@n"), XMLRésultat("d")) // expect: 1, 2
Trace(XMLExécuteXPath("d", "//Commande[../@id = 'O'][text() = 'en retard']/@n"), XMLRésultat("d")) // expect: 1, 2
Trace(XMLExécuteXPath("d", "//Ref[. = 'B7']/ancestor::Commande/@n"), XMLRésultat("d")) // expect: 1, 1
Trace(XMLExécuteXPath("d", "//Ligne[Ref = 'B7']/preceding-sibling::Ligne[1]/Ref"), XMLRésultat("d")) // expect: 1, A1
Trace(XMLExécuteXPath("d", "//Commande[1]/following-sibling::*/@n"), XMLRésultat("d")) // expect: 1, 2
Trace(XMLExécuteXPath("d", "//Commande/@*[1]"), XMLRésultat("d")) // expect: 1, 1
Trace(XMLExécuteXPath("d", "/"), XMLNomElément("d")) // expect: 1, Commandes
Trace(XMLExécuteXPath("d", "count(//Ligne) > 2"), XMLRésultat("d")) // expect: 1, true
Trace(XMLExécuteXPath("d", "substring-after(//Commande[2]/Ligne/Ref, 'C')"), XMLRésultat("d")) // expect: 1, 3
QUAND EXCEPTION DANS
	XMLExécuteXPath("d", "//Commande[$n]")
FAIRE
	Trace(Gauche(ExceptionInfo(), 24)) // expect: XMLExécuteXPath: '$n' in
FIN
QUAND EXCEPTION DANS
	XMLExécuteXPath("d", "count('x')")
FAIRE
	Trace(Gauche(ExceptionInfo(), 41)) // expect: XMLExécuteXPath: count() takes a node-set
FIN
