// XMLExécuteXPath sur un document nommé : la position va au premier nœud trouvé,
// XMLSuivant aux suivants, XMLRésultat donne son texte ou la valeur calculée
sXML est une chaîne = [
<Commandes xmlns="urn:cmd">
	<Commande num="12"><Client>Dupont</Client><Total>150</Total></Commande>
	<Commande num="13"><Client>Martin</Client><Total>80</Total></Commande>
	<Commande num="14"><Client>Durand</Client><Total>150</Total></Commande>
</Commandes>
]
XMLDocument("cmd", sXML)
SI XMLExécuteXPath("cmd", "count(//Commande)") ALORS Trace(XMLRésultat("cmd")) // expect: 3
SI XMLExecuteXPath("cmd", "//Commande[Total='150']/@num") ALORS
	Trace(XMLRésultat("cmd")) // expect: 12
	TANTQUE XMLSuivant("cmd")
		Trace(XMLRésultat("cmd")) // expect: 14
	FIN
FIN
Trace(XMLExécuteXPath("cmd", "/Commandes/Commande[2]/Client"), XMLRésultat("cmd"), XMLPosition("cmd")) // expect: 1, Martin, /Commandes/Commande[2]/Client
Trace(XMLExécuteXPath("cmd", "/Commandes/Commande[@num='99']"), XMLEnDehors("cmd")) // expect: 0, 1
Trace(XMLExécuteXPath("cmd", "..")) // expect: 1
Trace(XMLNomElément("cmd"), XMLDonnée("cmd", "num")) // expect: Commande, 13
QUAND EXCEPTION DANS
	XMLExécuteXPath("cmd", "//Commande[lower-case(Client) = 'martin']") // (une fonction d'XPath 2.0)
FAIRE
	Trace(Gauche(ExceptionInfo(), 34)) // expect: XMLExécuteXPath: 'lower-case()' in
FIN
