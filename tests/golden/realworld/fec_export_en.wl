// A FEC accounting export (France's "Fichier des Écritures Comptables") as a WINDEV
// developer writes it in English: the TAB separator in a CONSTANT, an ANSI file (fCreate
// foAnsi) with a dated name (SIREN + "FEC" + closing date), amounts with a decimal comma
// right-aligned on 15 characters (NumToString "15,2f"), lines by StringBuild, a balance
// check, the file read back in ANSI. `FIELD_SEP = TAB` was refused (WL111): declarations/
// constant_from_builtin_en.wl. French twin: export_fec_fr.wl.
CONSTANT
	FIELD_SEP = TAB
	COMPANY_SIREN = "123456789"
END

STEntry is Structure
	sJournal is string
	dDate is Date
	sAccount is string
	sLabel is string
	mDebit is currency
	mCredit is currency
END

arrEntries is array of STEntry
e is STEntry
e.sJournal = "VT"; e.dDate = "20261130"; e.sAccount = "411000"; e.sLabel = "Invoice #1024 Société Générale"; e.mDebit = 1200.50; e.mCredit = 0
ArrayAdd(arrEntries, e)
e.sAccount = "706000"; e.sLabel = "Services sold"; e.mDebit = 0; e.mCredit = 1000.42
ArrayAdd(arrEntries, e)
e.sAccount = "445710"; e.sLabel = "VAT collected"; e.mDebit = 0; e.mCredit = 200.08
ArrayAdd(arrEntries, e)
sResult is string = ExportFEC(arrEntries, "20261231")
Trace(fExtractPath(sResult, fFileName + fExtension)) // expect: 123456789FEC20261231.txt
sContent is string = fLoadText(sResult, foAnsi)
FOR EACH STRING sLine OF sContent SEPARATED BY CR
	IF sLine <> "" THEN Trace(Replace(sLine, TAB, "|"))
END
// expect: JournalCode|EcritureDate|CompteNum|EcritureLib|Debit|Credit
// expect: VT|20261130|411000|Invoice #1024 Société Générale|        1200,50|           0,00
// expect: VT|20261130|706000|Services sold|           0,00|        1000,42
// expect: VT|20261130|445710|VAT collected|           0,00|         200,08
bufRaw is Buffer = fLoadBuffer(sResult)
Trace(Length(bufRaw), Position(bufRaw, "Soci" + Charact(233) + "t" + Charact(233)) > 0) // expect: 276, 1
fDelete(sResult)

PROCEDURE FECFileName(LOCAL dClosing is Date, sFolder is string = fTempPath())
RESULT CompleteDir(sFolder) + COMPANY_SIREN + "FEC" + DateToString(dClosing, "YYYYMMDD") + ".txt"

PROCEDURE FECAmount(m is currency)
// a decimal comma, right-aligned on 15 characters
RESULT Replace(NumToString(m, "15,2f"), ".", ",")

PROCEDURE ExportFEC(arrLines is array of STEntry, dClosing is Date)
sFile is string = FECFileName(dClosing)
nFile is int = fCreate(sFile, foAnsi)
IF nFile = -1 THEN
	Trace("Cannot create " + sFile + ": " + ErrorInfo())
	RESULT ""
END
fWriteLine(nFile, "JournalCode" + FIELD_SEP + "EcritureDate" + FIELD_SEP + "CompteNum" + FIELD_SEP + "EcritureLib" + FIELD_SEP + "Debit" + FIELD_SEP + "Credit")
mTotalDebit, mTotalCredit are currency
FOR EACH stLine OF arrLines
	fWriteLine(nFile, StringBuild("%1%2%3%2%4%2%5%2%6%2%7", stLine.sJournal, FIELD_SEP, DateToString(stLine.dDate, "YYYYMMDD"), stLine.sAccount, stLine.sLabel, FECAmount(stLine.mDebit), FECAmount(stLine.mCredit)))
	mTotalDebit += stLine.mDebit
	mTotalCredit += stLine.mCredit
END
fClose(nFile)
IF mTotalDebit <> mTotalCredit THEN
	Trace("Unbalanced entries: " + mTotalDebit + " / " + mTotalCredit)
END
RESULT sFile
