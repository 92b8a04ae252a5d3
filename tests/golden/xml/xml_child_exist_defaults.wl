// XMLChildExist by kind (default: elements or attributes); XMLAddAttribute's value defaults to ""
XMLDocument("d", "<a x='1'><b/></a>")
Trace(XMLChildExist("d"), XMLChildExist("d", XMLTag), XMLChildExist("d", XMLAttribute)) // expect: 1, 1, 1
XMLChild("d")
XMLNext("d")
Trace(XMLElementName("d"), XMLChildExist("d")) // expect: b, 0
XMLAddAttribute("d", "y")
Trace(XMLChildExist("d", XMLAttribute), XMLChildExist("d", XMLTag)) // expect: 1, 0
Trace(XMLBuildString("d", XMLNoHeader)) // expect: <a x="1"><b y=""/></a>
// expect:
