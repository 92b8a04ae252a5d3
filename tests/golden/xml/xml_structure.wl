// XMLInsertElement, XMLInsertDocument, XMLRename, XMLExtractDocument, XMLPosition,
// saved positions, namespaces of the current element, XMLBuildString's encoding
XMLDocument("d", "<Root xmlns='urn:a' xmlns:b='urn:b'><b:Item id='1'>x</b:Item><Item>y</Item><Item>z</Item></Root>")
Trace(XMLNamespace("d"), XMLNamespaceURI("d")) // expect: , urn:a
XMLChild("d") // namespace declarations are not attributes: the first child element
Trace(XMLElementName("d"), XMLNamespace("d"), XMLNamespaceURI("d"), XMLPosition("d")) // expect: b:Item, b, urn:b, /Root/b:Item
XMLChild("d")
Trace(XMLPosition("d"), Length(XMLNamespaceURI("d"))) // expect: /Root/b:Item/@id, 0
XMLParent("d")
XMLNext("d")
Trace(XMLPosition("d")) // expect: /Root/Item[1]
saved is int = XMLSavePosition("d")
XMLInsertElement("d", "After", "a") // after the current element, the position stays
XMLInsertElement("d", "Before", "b", XMLBefore, True)
Trace(XMLPosition("d")) // expect: /Root/Before
XMLRename("d", "Renamed")
Trace(XMLBuildString("d", XMLNoHeader)) // expect: <Root xmlns="urn:a" xmlns:b="urn:b"><b:Item id="1">x</b:Item><Renamed>b</Renamed><Item>y</Item><After>a</After><Item>z</Item></Root>
// expect:
Trace(XMLRename("d", "1 bad"), ErrorOccurred) // expect: 0, 1
XMLRestorePosition("d", saved)
Trace(XMLPosition("d"), XMLData("d")) // expect: /Root/Item[1], y
XMLExtractDocument("d", "part")
Trace(XMLBuildString("part", XMLNoHeader)) // expect: <Item>y</Item>
// expect:
XMLDocument("extra", "<Extra a='1'><In/></Extra>")
XMLInsertDocument("d", "extra") // as the last child of the current element
XMLRoot("d")
XMLInsertDocument("d", "extra")
Trace(XMLBuildString("d", XMLNoHeader)) // expect: <Root xmlns="urn:a" xmlns:b="urn:b"><b:Item id="1">x</b:Item><Renamed>b</Renamed><Item>y<Extra a="1"><In/></Extra></Item><After>a</After><Item>z</Item><Extra a="1"><In/></Extra></Root>
// expect:
XMLDocument("e", "<?xml version='1.0' encoding='UTF-8'?><R/>")
Trace(XMLBuildString("e", 0, XMLEncodingISO8859_1)) // expect: <?xml version='1.0' encoding="ISO-8859-1"?>
// expect: <R/>
// expect:
Trace(XMLBuildString("e", 0, XMLEncodingNone)) // expect: <?xml version='1.0'?>
// expect: <R/>
// expect:
XMLRestorePosition("d", saved) // expect error: is no position XMLSavePosition gave
