// A customer CSV file imported as it arrives: ANSI (Windows-1252, from Excel) or UTF-8
// without a BOM (from a web export), told apart by its bytes (fLoadBuffer, UTF8ToString),
// amounts with a decimal comma and a thousands space (French twin
// import_csv_encodages_fr.wl; passes, issue 8 FS 5 Dec late night).
STCustomer is Structure
	sCode is string
	sName is string
	sCity is string
	mBalance is currency
END
garrCustomers is array of STCustomer

sDir is string = fTempPath() + "\wl_csv_en_" + Random(1, 999999999)
fMakeDir(sDir)
sHeader is string = "Code;Name;City;Balance"
fSaveText(sDir + "\customers_ansi.csv", sHeader + CR + "C001;Société Générale d'Électricité;Orléans;1 234,50" + CR + "C002;Café du Nord;Besançon;-12,00" + CR, foAnsi)
fSaveBuffer(sDir + "\customers_utf8.csv", StringToUTF8(sHeader + CR + "C003;Boulangerie Müller & Fils;Sélestat;99,90" + CR + "C004;« Le Relais »;Hyères;0" + CR))
Trace(ImportCustomers(sDir + "\customers_ansi.csv")) // expect: 2
Trace(ImportCustomers(sDir + "\customers_utf8.csv")) // expect: 2
FOR EACH stC OF garrCustomers
	Trace(stC.sCode + " | " + stC.sName + " | " + stC.sCity + " | " + stC.mBalance) // expect: C001 | Société Générale d'Électricité | Orléans | 1234.5
	// expect: C002 | Café du Nord | Besançon | -12
	// expect: C003 | Boulangerie Müller & Fils | Sélestat | 99.9
	// expect: C004 | « Le Relais » | Hyères | 0
END
mTotal is currency
FOR i = 1 _TO_ garrCustomers.Count
	mTotal += garrCustomers[i].mBalance
END
Trace("Total: " + NumToString(mTotal, "12.2f")) // expect: Total:      1322.40
fRemoveDir(sDir, frRecursive)

PROCEDURE ImportCustomers(sFile is string)
bufContent is Buffer = fLoadBuffer(sFile)
sText is string
// valid UTF-8 without a BOM? else ANSI
IF Left(bufContent, 3) = Charact(0xEF) + Charact(0xBB) + Charact(0xBF) THEN
	sText = UTF8ToString(Middle(bufContent, 4))
ELSE IF UTF8ToString(bufContent) <> "" AND StringToUTF8(UTF8ToString(bufContent)) = bufContent THEN
	sText = UTF8ToString(bufContent)
ELSE
	sText = bufContent
END
nLines is int = 0
FOR EACH STRING sLine OF sText SEPARATED BY CR
	IF sLine = "" OR Left(sLine, 4) = "Code" THEN CONTINUE
	st is STCustomer
	st.sCode = ExtractString(sLine, 1, ";")
	st.sName = ExtractString(sLine, 2, ";")
	st.sCity = ExtractString(sLine, 3, ";")
	st.mBalance = Val(Replace(Replace(ExtractString(sLine, 4, ";"), " ", ""), ",", "."))
	ArrayAdd(garrCustomers, st)
	nLines++
END
RESULT nLines
