// Reading a CSV line: ExtractString, StringToArray and quoted fields.
sLine is string = "1042;""Dupont; Frères"";Paris;1 234,50;""dit """"le grand"""""""
sPlain is string = "1043;Martin;Lyon;99,90;"

// 1) ExtractString on a plain line
nRank is int = 1
sField is string = ExtractString(sPlain, nRank, ";")
WHILE sField <> EOT
	Trace(nRank + ": [" + sField + "]")
	nRank++
	sField = ExtractString(sPlain, nRank, ";")
END
Trace("Fields: " + (StringCount(sPlain, ";") + 1))

// 2) StringToArray
arrFields is array of strings
StringToArray(sPlain, arrFields, ";")
Trace("Elements: " + arrFields.Count, arrFields[2], arrFields[4])
curAmount is currency = Val(Replace(arrFields[4], ",", "."))
Trace(curAmount * 2)

// 3) Quoted fields, split by hand
arrCSV is array of strings = SplitCSVLine(sLine, ";")
FOR EACH sC, nI OF arrCSV
	Trace(nI + " = <" + sC + ">")
END
curPrice is currency = Val(Replace(Replace(arrCSV[4], " ", ""), ",", "."))
Trace("Price: " + curPrice)
// expect: 1: [1043]
// expect: 2: [Martin]
// expect: 3: [Lyon]
// expect: 4: [99,90]
// expect: 5: []
// expect: Fields: 5
// expect: Elements: 5, Martin, 99,90
// expect: 199.8
// expect: 1 = <1042>
// expect: 2 = <Dupont; Frères>
// expect: 3 = <Paris>
// expect: 4 = <1 234,50>
// expect: 5 = <dit "le grand">
// expect: Price: 1234.5

Procedure SplitCSVLine(LOCAL sL is string, LOCAL sSep is string = ";")
arrResult is array of strings
sCurrent is string
bInQuotes is boolean = False
i is int = 1
WHILE i <= Length(sL)
	sChar is string = sL[[i]]
	IF bInQuotes THEN
		IF sChar = """" THEN
			IF Middle(sL, i + 1, 1) = """" THEN
				sCurrent += """"
				i++
			ELSE
				bInQuotes = False
			END
		ELSE
			sCurrent += sChar
		END
	ELSE
		SWITCH sChar
			CASE """"
				bInQuotes = True
			CASE sSep
				ArrayAdd(arrResult, sCurrent)
				sCurrent = ""
			OTHER CASE
				sCurrent += sChar
		END
	END
	i++
END
ArrayAdd(arrResult, sCurrent)
RESULT arrResult
