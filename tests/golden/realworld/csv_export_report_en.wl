// A sales export as business code writes it: CSV built line by line with quoting,
// a fixed-width text report, a file written and read back in the temp folder,
// totals per region in an associative array, string functions with their options.
STSale is Structure
	sRegion is string
	sRep is string
	dDate is Date
	moAmount is currency
	sNote is string
END

arrSales is array of STSale
sRaw is string = [
	North|Smith, J.|20251103|1250.00|first order
	South|O'Neil|20251104|980.50|"rush" delivery
	North|Adams|20251110|310.00|
	East|Brown|20251112|2400.75|multi; line
	South|O'Neil|20251120|120.00|refund pending
]
FOR EACH STRING sLine OF sRaw SEPARATED BY CR
	IF sLine = "" THEN CONTINUE
	st is STSale
	st.sRegion = ExtractString(sLine, 1, "|")
	st.sRep = ExtractString(sLine, 2, "|")
	st.dDate = ExtractString(sLine, 3, "|")
	st.moAmount = Val(ExtractString(sLine, 4, "|"))
	st.sNote = ExtractString(sLine, 5, "|")
	ArrayAdd(arrSales, st)
END
Trace(ArrayCount(arrSales) + " sales")
// expect: 5 sales

// CSV: a field holding ; , or a quote is quoted, its quotes doubled
sCSV is string = "Region;Rep;Date;Amount;Note"
FOR EACH st OF arrSales
	arrF is array of strings = [st.sRegion, st.sRep, DateToString(st.dDate, "YYYY-MM-DD"), ...
		NumToString(st.moAmount, ".2f"), st.sNote]
	sRow is string = ""
	FOR EACH sF OF arrF
		sRow += [";"] + CsvField(sF)
	END
	sCSV += CR + sRow
END
sFile is string = fTempPath() + fSep() + "sales_" + DateToString("20251130", "YYYYMM") + ".csv"
fSaveText(sFile, sCSV)
sBack is string = fLoadText(sFile)
Trace(StringCount(sBack, CR) + 1 + " lines, " + Length(sBack) + " characters")
// expect: 6 lines, 253 characters
Trace(ExtractLine(sBack, 3))
// expect: South;O'Neil;2025-11-04;980.50;"""rush"" delivery"
Trace(ExtractLine(sBack, 2))
// expect: North;"Smith, J.";2025-11-03;1250.00;first order
fDelete(sFile)

// fixed-width report, regions sorted, totals right-aligned
aaTotal is associative array of currency
aaCount is associative array of int
FOR EACH st OF arrSales
	aaTotal[st.sRegion] += st.moAmount
	aaCount[st.sRegion]++
END
arrRegions is array of strings
FOR EACH moT, sRegion OF aaTotal
	ArrayAdd(arrRegions, sRegion)
END
ArraySort(arrRegions, asAscending)
Trace(Complete("REGION", 8) + Complete("SALES", 6) + "TOTAL")
FOR EACH sRegion OF arrRegions
	Trace(Complete(sRegion, 8) + Complete(aaCount[sRegion], 6) + NumToString(aaTotal[sRegion], "10.2f"))
END
Trace(Repeat("-", 24))
// expect: REGION  SALES TOTAL
// expect: East    1        2400.75
// expect: North   2        1560.00
// expect: South   2        1100.50
// expect: ------------------------

// who sold most, case-insensitive search in notes
sBest is string
moBest is currency
FOR EACH st OF arrSales
	IF st.moAmount > moBest THEN
		moBest = st.moAmount
		sBest = st.sRep
	END
END
Trace("best: " + sBest + " (" + moBest + ")")
// expect: best: Brown (2400.75)
nPending is int
FOR EACH st OF arrSales
	IF Position(st.sNote, "PENDING", 1, IgnoreCase) > 0 THEN nPending++
END
Trace(nPending + " pending, first word of each note: " + FirstWords(arrSales))
// expect: 1 pending, first word of each note: first/"rush"/multi;/refund

PROCEDURE CsvField(s is string) : string
	IF Position(s, ";") > 0 OR Position(s, """") > 0 OR Position(s, ",") > 0 THEN
		RESULT """" + Replace(s, """", """""") + """"
	END
	RESULT s

PROCEDURE FirstWords(arr is array of STSale) : string
	sOut is string
	FOR EACH st OF arr
		sOut += ["/"] + ExtractString(st.sNote, 1, " ")
	END
	RESULT sOut
