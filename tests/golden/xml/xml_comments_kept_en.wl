// An application's XML configuration, written by hand with comments, read by XMLOpen,
// edited and saved by XMLSave: its comments and processing instructions are written back
// where they were, with the layout around them. They were dropped, so the first save of
// a settings file silently lost every note its administrator had written. They stay
// invisible to the program: not elements, not children, not found by XPath. INFERRED
// (docs/builtins.md "Comments kept"; no stored page). A comment inside an element's text
// stays where it was while the text is unchanged (it moved after the text: xml_comment_
// inside_text_en.wl); the element's text is read whole. A CDATA section is written
// back as one while the program leaves its text unchanged.
sFile is string = CompleteDir(fTempPath()) + "wl_golden_xmlnotes_" + Random(1, 999999999) + ".xml"
sConfig is string = [
<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="settings.xsl"?>
<!-- Invoicing settings: edit with care -->
<Settings>
	<!-- the accounting database -->
	<Database host="db.example.org">
		<Port>4900</Port>
	</Database>
	<Invoices>
		<Folder>C:\Invoices</Folder>
		<!-- EUR or CHF -->
		<Currency>EUR</Currency>
	</Invoices>
	<Note>paid<!-- checked -->in full</Note>
	<Empty><!-- nothing yet --></Empty>
	<Mail><![CDATA[<b>Dear customer</b> & co]]></Mail>
	<Footer><![CDATA[old & plain]]></Footer>
</Settings>
<!-- end of file -->
]
fSaveText(sFile, sConfig)
xCfg is xmlDocument = XMLOpen(sFile)
Trace(xCfg.Settings.Invoices.Currency, xCfg.Settings..Children.Count) // expect: EUR, 6
Trace(xCfg.Settings.Mail) // expect: <b>Dear customer</b> & co
Trace(xCfg.Settings.Note, xCfg.Settings.Empty..Children.Count) // expect: paidin full, 0
arrFound is array of xmlNode = XMLExecuteXPath(xCfg, "/Settings/Invoices/*")
Trace(arrFound.Count) // expect: 2
xCfg.Settings.Invoices.Currency = "CHF"
xCfg.Settings.Database.Port = 4901
xCfg.Settings.Footer = "new & plain"
Trace(XMLSave(xCfg, sFile)) // expect: 1
sSaved is string = fLoadText(sFile)
FOR EACH STRING sLine OF sSaved SEPARATED BY CR
	Trace(sLine)
END
// expect: <?xml version="1.0" encoding="UTF-8"?>
// expect: <?xml-stylesheet type="text/xsl" href="settings.xsl"?>
// expect: <!-- Invoicing settings: edit with care -->
// expect: <Settings>
// expect: 	<!-- the accounting database -->
// expect: 	<Database host="db.example.org">
// expect: 		<Port>4901</Port>
// expect: 	</Database>
// expect: 	<Invoices>
// expect: 		<Folder>C:\Invoices</Folder>
// expect: 		<!-- EUR or CHF -->
// expect: 		<Currency>CHF</Currency>
// expect: 	</Invoices>
// expect: 	<Note>paid<!-- checked -->in full</Note>
// expect: 	<Empty><!-- nothing yet --></Empty>
// expect: 	<Mail><![CDATA[<b>Dear customer</b> & co]]></Mail>
// expect: 	<Footer>new &amp; plain</Footer>
// expect: </Settings>
// expect: <!-- end of file -->
// expect: 
// a named document keeps them too
XMLDocument("CFG", sSaved)
Trace(Position(XMLBuildString("CFG"), "<!-- EUR or CHF -->") > 0) // expect: 1
XMLClose("CFG")
fDelete(sFile)
