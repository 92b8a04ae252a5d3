// XMLInsèreElément, XMLInsèreDocument, XMLRenomme, XMLExtraitDocument, XMLPosition,
// positions sauvées, espaces de noms de l'élément courant, encodage de XMLConstruitChaîne
XMLDocument("d", "<Root xmlns='urn:a' xmlns:b='urn:b'><b:Item id='1'>x</b:Item><Item>y</Item><Item>z</Item></Root>")
Trace(XMLNamespace("d"), XMLNamespaceURI("d")) // expect: , urn:a
XMLFils("d") // les déclarations d'espaces de noms ne sont pas des attributs
Trace(XMLNomElément("d"), XMLNamespace("d"), XMLNamespaceURI("d"), XMLPosition("d")) // expect: b:Item, b, urn:b, /Root/b:Item
XMLFils("d")
Trace(XMLPosition("d"), Taille(XMLNamespaceURI("d"))) // expect: /Root/b:Item/@id, 0
XMLParent("d")
XMLSuivant("d")
Trace(XMLPosition("d")) // expect: /Root/Item[1]
sauvée est un entier = XMLSauvePosition("d")
XMLInsèreElément("d", "After", "a") // après l'élément courant, la position reste
XMLInsèreElément("d", "Before", "b", XMLAvant, True)
Trace(XMLPosition("d")) // expect: /Root/Before
XMLRenomme("d", "Renamed")
Trace(XMLConstruitChaîne("d", XMLSansEntête)) // expect: <Root xmlns="urn:a" xmlns:b="urn:b"><b:Item id="1">x</b:Item><Renamed>b</Renamed><Item>y</Item><After>a</After><Item>z</Item></Root>
// expect:
Trace(XMLRenomme("d", "1 bad"), ErreurDétectée) // expect: 0, 1
XMLRetourPosition("d", sauvée)
Trace(XMLPosition("d"), XMLDonnée("d")) // expect: /Root/Item[1], y
XMLExtraitDocument("d", "part")
Trace(XMLConstruitChaîne("part", XMLSansEntête)) // expect: <Item>y</Item>
// expect:
XMLDocument("extra", "<Extra a='1'><In/></Extra>")
XMLInsèreDocument("d", "extra") // comme dernier fils de l'élément courant
XMLRacine("d")
XMLInsèreDocument("d", "extra")
Trace(XMLConstruitChaîne("d", XMLSansEntête)) // expect: <Root xmlns="urn:a" xmlns:b="urn:b"><b:Item id="1">x</b:Item><Renamed>b</Renamed><Item>y<Extra a="1"><In/></Extra></Item><After>a</After><Item>z</Item><Extra a="1"><In/></Extra></Root>
// expect:
XMLDocument("e", "<?xml version='1.0' encoding='UTF-8'?><R/>")
Trace(XMLConstruitChaîne("e", 0, XMLEncodageIso8859_1)) // expect: <?xml version='1.0' encoding="ISO-8859-1"?>
// expect: <R/>
// expect:
Trace(XMLConstruitChaîne("e", 0, XMLEncodageAucun)) // expect: <?xml version='1.0'?>
// expect: <R/>
// expect:
XMLRetourPosition("d", sauvée) // expect error: is no position XMLSavePosition gave
