// An element copied into another place keeps what lies between its tags: XMLInsertDocument,
// XMLExtractDocument and XMLAddChild of a node read from a document copied it without its
// comments, processing instructions and CDATA sections (a settings block moved from one
// file into another lost its notes), and a part nested thousands deep stopped the program
// with "Stack overflow" (stdlib/xml_copy.py tree_copy, FS, 7 Dec 2026). The comment written
// before the element stays where it was (INFERRED, docs/builtins.md "Comments kept").
// French twin xml_parties_copiees_notes_fr.wl.
XMLDocument("TARGET", "<Settings><Mail/></Settings>")
XMLDocument("SOURCE", "<Old><!-- outside --><Smtp port=""25""><!-- the relay --><?relay check?><Host>mx</Host><Sign><![CDATA[<b>Team</b>]]></Sign></Smtp></Old>")
XMLFind("SOURCE", "Smtp")
XMLFind("TARGET", "Mail")
Trace(XMLInsertDocument("TARGET", "SOURCE")) // expect: 1
Trace(XMLBuildString("TARGET", XMLNoHeader))
// expect: <Settings><Mail><Smtp port="25"><!-- the relay --><?relay check?><Host>mx</Host><Sign><![CDATA[<b>Team</b>]]></Sign></Smtp></Mail></Settings>
// expect: 
XMLExtractDocument("SOURCE", "PART")
Trace(XMLBuildString("PART", XMLNoHeader))
// expect: <Smtp port="25"><!-- the relay --><?relay check?><Host>mx</Host><Sign><![CDATA[<b>Team</b>]]></Sign></Smtp>
// expect: 
xOld is xmlDocument = XMLOpen("<Old><Smtp><!-- kept --><Host>mx</Host></Smtp></Old>", fromString)
xNew is xmlDocument = XMLOpen("<New/>", fromString)
xSmtp is xmlNode = xOld.Old.Smtp
XMLAddChild(xNew.New, xSmtp)
Trace(XMLBuildString(xNew, XMLNoHeader))
// expect: <New><Smtp><!-- kept --><Host>mx</Host></Smtp></New>
// expect: 
// the source is left as it was
Trace(XMLBuildString(xOld, XMLNoHeader))
// expect: <Old><Smtp><!-- kept --><Host>mx</Host></Smtp></Old>
// expect: 
XMLClose("TARGET")
XMLClose("SOURCE")
XMLClose("PART")
// a part nested 5,000 deep is copied whole
sDeep is string = Repeat("<a>", 5000) + "x" + Repeat("</a>", 5000)
XMLDocument("DEEP", sDeep)
XMLDocument("HOST", "<h/>")
Trace(XMLInsertDocument("HOST", "DEEP"), ErrorOccurred) // expect: 1, 0
sHost is string = XMLBuildString("HOST", XMLNoHeader)
Trace(Length(sHost), Left(sHost, 35008) = "<h>" + sDeep + "</h>") // expect: 35009, 1
XMLExtractDocument("DEEP", "DEEP2")
Trace(Left(XMLBuildString("DEEP2", XMLNoHeader), 35001) = sDeep) // expect: 1
XMLClose("DEEP")
XMLClose("DEEP2")
XMLClose("HOST")
