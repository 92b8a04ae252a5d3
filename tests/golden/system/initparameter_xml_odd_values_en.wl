// InitParameter(paramXML) with values XML cannot hold as they are (layout decided:
// docs/builtins.md "InitParameter"): a control character made the file unreadable, so
// every later save failed and every load gave its default; a carriage return came back
// as a line feed. A value with a control character is kept in base64, a carriage
// return as &#13;. Names are found in any case, as the INI store finds them.
store is string = fTempFile("xml")
fDelete(store)
InitParameter(paramXML, store)
Trace(SaveParameter("Lines", "one" + CR + "two"))             // expect: 1
Trace(SaveParameter("Ctl", "a" + Charact(1) + "b" + Charact(0) + "c")) // expect: 1
Trace(SaveParameter("Pad", "  <&>""'  "))                      // expect: 1
Trace(SaveParameter("Key" + Charact(2), "x"), ErrorOccurred)   // expect: 0, 1
Trace(SaveParameter("Clé", "one"), SaveParameter("CLÉ", "two")) // expect: 1, 1
ini is string = fTempFile("ini")
InitParameter(paramIni, ini)
InitParameter(paramXML, store)
Trace(LoadParameter("Lines") = "one" + CR + "two")              // expect: 1
s is string = LoadParameter("Ctl")
Trace(Length(s), Asc(s[[2]]), Asc(s[[4]]))                      // expect: 5, 1, 0
Trace("[" + LoadParameter("Pad") + "]")                         // expect: [  <&>"'  ]
Trace(LoadParameter("clé"), Position(fLoadText(store), "CLÉ"))  // expect: two, 0
// paramString: the text InitParameter gives back holds them too
InitParameter(paramString, fLoadText(store))
back is string = ExtractString(InitParameter(paramIni, ini), 2, TAB)
InitParameter(paramString, back)
Trace(LoadParameter("Ctl") = s, LoadParameter("Lines") = "one" + CR + "two") // expect: 1, 1
fDelete(store)
fDelete(ini)
