// (method b) Importing orders from a CSV, as a WINDEV developer writes it: one line per
// order (customer number, dd/mm/yyyy date, amount with a decimal comma), HAdd line by
// line; duplicates (HErrorDuplicates) and integrity errors (an unknown customer:
// HErrorIntegrity) are counted and noted, nothing silently lost. French twin:
// import_commandes_csv_fr.wl.
sFolder is string = fTempPath() + fSep() + "order_import_" + GetIdentifier()
fMakeDir(sFolder)
sCSVFile is string = sFolder + fSep() + "orders.csv"
nDupont is int = NewCustomer("Dupont", "dupont@example.com")
nMartin is int = NewCustomer("Martin", "martin@example.com")
sCSV is string = StringBuild([
Customer;Date;Amount
%1;05/01/2025;120,50
%2;06/01/2025;80
999;07/01/2025;15
%1;08/01/2025;42,10
;09/01/2025;10
], nDupont, nMartin)
fSaveText(sCSVFile, sCSV)

nRead, nAdded, nDuplicates, nIntegrity, nInvalid are int
arrRejects is array of strings
FOR EACH STRING sLine OF fLoadText(sCSVFile) SEPARATED BY CR
	IF sLine = "" OR sLine [= "Customer;" THEN CONTINUE
	nRead++
	sCustomer, sDate, sAmount are strings
	(sCustomer, sDate, sAmount) = (ExtractString(sLine, 1, ";"), ExtractString(sLine, 2, ";"), ExtractString(sLine, 3, ";"))
	IF sCustomer = "" THEN
		nInvalid++
		ArrayAdd(arrRejects, "line " + nRead + ": no customer")
		CONTINUE
	END
	HReset(Orders)
	Orders.CustomerID = Val(sCustomer)
	Orders.OrderDate = StringToDate(sDate, "DD/MM/YYYY")
	Orders.Total = Val(Replace(sAmount, ",", "."))
	Orders.Status = 1
	IF HAdd(Orders) THEN
		nAdded++
	ELSE IF HErrorIntegrity() THEN
		nIntegrity++
		ArrayAdd(arrRejects, "line " + nRead + ": unknown customer " + sCustomer)
	ELSE IF HErrorDuplicates() THEN
		nDuplicates++
		ArrayAdd(arrRejects, "line " + nRead + ": duplicate")
	ELSE
		ArrayAdd(arrRejects, "line " + nRead + ": " + HErrorInfo(hErrMessage))
	END
END
Trace(nRead, nAdded, nDuplicates, nIntegrity, nInvalid)       // expect: 5, 3, 0, 1, 1
Trace(nAdded + nDuplicates + nIntegrity + nInvalid = nRead)   // expect: 1
FOR EACH sReject OF arrRejects
	Trace(sReject)
END
// expect: line 3: unknown customer 999
// expect: line 5: no customer
mTotal is currency
FOR EACH Orders WHERE CustomerID = nDupont
	Trace(Orders.OrderDate, Orders.Total)
	mTotal += Orders.Total
END
// expect: 20250105, 120.5
// expect: 20250108, 42.1
Trace(mTotal)                                                  // expect: 162.6

// customers: the e-mail address is a unique key, a duplicate is counted
nCustomerDuplicates is int
FOR EACH STRING sMail OF "durand@example.com,dupont@example.com,DURAND@example.com" SEPARATED BY ","
	HReset(Customer)
	Customer.Name = Left(sMail, Position(sMail, "@") - 1)
	Customer.Email = sMail
	IF NOT HAdd(Customer) AND HErrorDuplicates() THEN nCustomerDuplicates++
END
Trace(nCustomerDuplicates, HNbRec(Customer))                   // expect: 2, 3
fRemoveDir(sFolder, frRecursive)

PROCEDURE NewCustomer(sName, sMail)
HReset(Customer)
Customer.Name = sName
Customer.Email = sMail
HAdd(Customer)
RESULT Customer.CustomerID
