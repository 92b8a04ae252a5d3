// InitParameter with paramXML and paramString (help page ?3025044): LoadParameter,
// SaveParameter and DeleteParameter use an XML file, or an XML text the run holds and
// the next InitParameter gives back (layout decided: docs/builtins.md "InitParameter")
store is string = fTempFile("xml")
fDelete(store)
Trace(ExtractString(InitParameter(paramXML, store), 1, TAB) = paramIni) // expect: 1
Trace(LoadParameter("Theme", "light"))                        // expect: light
Trace(SaveParameter("Theme", "dark"), SaveParameter("Size", 12)) // expect: 1, 1
Trace(LoadParameter("Theme", "light"), LoadParameter("Size")) // expect: dark, 12
Trace(Position(fLoadText(store), "<Parameter name=""Theme"">dark</Parameter>") > 0) // expect: 1
Trace(DeleteParameter("Theme"), DeleteParameter("Theme"))     // expect: 1, 0
Trace(LoadParameter("Theme", "gone"))                         // expect: gone
settings is string = fLoadText(store)
fDelete(store)
// paramString: the text read; what is saved changes the text the run holds
before is string = InitParameter(paramString, settings)
Trace(ExtractString(before, 1, TAB) = paramXML, ExtractString(before, 2, TAB) = store) // expect: 1, 1
Trace(LoadParameter("Size"), fFileExist(store))               // expect: 12, 0
SaveParameter("Lines", "one" + CR + "two")
Trace(Replace(LoadParameter("Lines"), CR, "/"))               // expect: one/two
other is string = fTempFile("ini")
held is string = ExtractString(InitParameter(paramIni, other), 2, TAB)
fDelete(other)
Trace(Position(held, "name=""Lines""") > 0, Position(settings, "Lines") = 0) // expect: 1, 1
InitParameter(paramString, held)
Trace(LoadParameter("Size"), LoadParameter("Missing", "none")) // expect: 12, none
InitParameter(paramString, "")
Trace(LoadParameter("Size", "empty"))                         // expect: empty
InitParameter(paramString, "<Parameters><Global>")            // expect error: the paramString text is not the XML of parameters
