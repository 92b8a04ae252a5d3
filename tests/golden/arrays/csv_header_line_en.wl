// CSVToArray(csv, array, separator, csvHeader): the first line names the columns; into an
// array of structures each column goes to the member of its name, whatever the order or
// case (docs/builtins.md "CSVToArray", INFERRED; French twin csv_ligne_entete_fr.wl).
// It was the error "CSVToArray expects 1 to 3 parameter(s) but received 4".
STCustomer is Structure
	Name is string
	City is string
	Orders is int
END
arrC is array of STCustomer
sCSV is string = "ORDERS;name;City" + CR + "3;Dupont;Lyon" + CR + "12;Martin;Nice"
CSVToArray(sCSV, arrC, ";", csvHeader)
Trace(arrC..Occurrence) // expect: 2
FOR EACH stC OF arrC
	Trace(stC.Name, stC.City, stC.Orders) // expect: Dupont, Lyon, 3
	// expect: Martin, Nice, 12
END
arrGrid is array of 0 by 0 strings
CSVToArray("Code;Label" + CR + "A1;Apple", arrGrid, ";", csvHeader)
Trace(ArrayInfo(arrGrid, tiNumberRows), arrGrid[1, 2]) // expect: 1, Apple
CSVToArray("Name;Country" + CR + "Dupont;FR", arrC, ";", csvHeader) // expect error: CSVToArray: the header column 'Country' names no member of STCustomer.
