// CSVToArray reads a decimal comma in a field going into a real, currency or numeric
// ("0,15", "-1 234,50" with a space between thousands), as a French spreadsheet exports
// its CSV with ";": the number was read up to the comma and the decimals silently lost
// ("0,15" gave 0). Integers and strings take the field as before (docs/builtins.md
// CSVToArray; French twin csv_virgule_decimale_fr.wl).
STItem is Structure
	sRef is string
	mPrice is currency
	rWeight is real
	nStock is int
	sLabel is string
END
arrItems is array of STItem
CSVToArray("A1;0,15;1,5;3;1,5" + CR + "A2;-1 234,50;2;4;x" + CR + "A3;12.5;0,333;1,7;end", arrItems)
FOR EACH it OF arrItems
	Trace(it.sRef, it.mPrice, it.rWeight, it.nStock, it.sLabel) // expect: A1, 0.15, 1.5, 3, 1,5
	// expect: A2, -1234.5, 2, 4, x
	// expect: A3, 12.5, 0.333, 1, end
END
arrGrid is array of 0 by 0 currencies
CSVToArray("1,25;2" + CR + "3,5;4,75", arrGrid)
Trace(arrGrid[1, 1] + arrGrid[2, 2]) // expect: 6
// with "," as the separator a quoted "12,5" is read as any text stored into a currency
// (docs/semantics.md "A text read as a number"): its comma is the decimal point
arrPrices is array of 0 by 0 currencies
CSVToArray("""12,5"",3", arrPrices, ",")
Trace(arrPrices[1, 1], arrPrices[1, 2]) // expect: 12.5, 3
