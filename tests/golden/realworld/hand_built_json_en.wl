// Records exported as JSON built by hand (doubled quotes, [[a TO b]] ranges, Replace),
// FOR EACH STRING ... SEPARATED BY CR over a multi-line string, then read back.
sLines is string = [
	1;Dupont;Jean;12.5
	2;Martin;"Zoé";7
	3;O'Neil;Ann;0
	]
sJSON is string = "{""ok"":true,""rows"":["
nCount is int = 0
FOR EACH STRING sLine OF sLines SEPARATED BY CR
	IF NoSpace(sLine) = "" THEN CONTINUE
	IF nCount > 0 THEN sJSON += ","
	sJSON += RowObject(sLine)
	nCount++
END
sJSON += "],""count"":" + nCount + "}"
Trace(sJSON)
// expect: {"ok":true,"rows":[{"id":1,"name":"Dupont","first":"Jean","balance":12.5},{"id":2,"name":"Martin","first":"\"Zoé\"","balance":7},{"id":3,"name":"O'Neil","first":"Ann","balance":0}],"count":3}

// insert a member before the closing brace of the last object
nPos is int = Length(sJSON)
WHILE nPos > 0 AND sJSON[[nPos]] <> "}"
	nPos--
END
nPos2 is int = nPos - 1
WHILE nPos2 > 0 AND sJSON[[nPos2]] <> "}"
	nPos2--
END
sJSON = sJSON[[1 TO nPos2 - 1]] + ",""seen"":true" + sJSON[[nPos2 TO]]
Trace(Right(sJSON, 44))
// expect: ":"Ann","balance":0,"seen":true}],"count":3}

vDoc is Variant = JSONToVariant(sJSON)
Trace(vDoc.rows[2].first + " / " + vDoc.count)
// expect: "Zoé" / 3

PROCEDURE RowObject(sLine is string) : string
	RESULT StringBuild("{""id"":%1,""name"":""%2"",""first"":""%3"",""balance"":%4}", ...
		Val(ExtractString(sLine, 1, ";")), Escaped(ExtractString(sLine, 2, ";")), ...
		Escaped(ExtractString(sLine, 3, ";")), Val(ExtractString(sLine, 4, ";")))

PROCEDURE Escaped(s is string) : string
	RESULT Replace(s, """", "\""")
