// Nightly sales report: the CSV is built in memory (a Buffer) and mailed as an
// attachment, no temporary file. Started every night by the scheduler.
CONSTANT
	SMTP_SERVER = "smtp.mycompany.com"
	SENDER      = "reports@mycompany.com"
	SEPARATOR   = ";"
END

STSale is Structure
	sCustomer	is string
	sCity		is string
	mAmount		is currency
	dDate		is Date
END

garrSales is array of STSale
LoadSales(garrSales)

IF SendReport(garrSales, "management@mycompany.com", "accounts@mycompany.com") THEN
	Trace("Report sent: " + garrSales..Occurrence + " sales")
ELSE
	Trace("FAILED to send: " + ErrorInfo(errMessage))
END

PROCEDURE LoadSales(arrSales is array of STSale)
stS is STSale
stS.sCustomer = "Société Générale d'Équipement" ; stS.sCity = "Orléans" ; stS.mAmount = 1250.5 ; stS.dDate = "20261205"
ArrayAdd(arrSales, stS)
stS.sCustomer = "Bakery ""Chez Paul""" ; stS.sCity = "Saint-Étienne" ; stS.mAmount = 89.9 ; stS.dDate = "20261205"
ArrayAdd(arrSales, stS)
stS.sCustomer = "Dupont; Sons & Co" ; stS.sCity = "Brest" ; stS.mAmount = -12 ; stS.dDate = "20261204"
ArrayAdd(arrSales, stS)

// Escapes a CSV field: quotes doubled, between quotes when needed
PROCEDURE CSVField(LOCAL sValue is string) : string
IF Position(sValue, SEPARATOR) > 0 OR Position(sValue, """") > 0 THEN
	RESULT """" + Replace(sValue, """", """""") + """"
END
RESULT sValue

PROCEDURE BuildCSV(arrSales is array of STSale) : Buffer
sCSV is string = "Customer;City;Amount;Date" + CR
mTotal is currency
FOR EACH stS OF arrSales
	sCSV += CSVField(stS.sCustomer) + SEPARATOR + CSVField(stS.sCity) + SEPARATOR + ...
		NumToString(stS.mAmount, "+.2f") + SEPARATOR + DateToString(stS.dDate, "DD/MM/YYYY") + CR
	mTotal += stS.mAmount
END
sCSV += "TOTAL;;" + NumToString(mTotal, ".2f") + ";" + CR
RESULT StringToUTF8(sCSV)

PROCEDURE SendReport(arrSales is array of STSale, *) : boolean
bufCSV is Buffer = BuildCSV(arrSales)
IF NOT EmailStartSMTPSession(SENDER, SMTP_SERVER, 25) THEN RESULT False

MyMail is Email
MyMail.Sender = SENDER
FOR i = 1 _TO_ MyParameters..Occurrence - 1
	ArrayAdd(MyMail.Recipient, MyParameters[i + 1])
END
MyMail.Subject = "Sales of " + DateToString(DateSys(), "DD/MM/YYYY")
MyMail.Message = "Hello," + CR + CR + "Please find attached the sales report (" + arrSales..Occurrence + " lines)."

Att is emailAttach
Att.Name = "sales_" + DateToString(DateSys(), "YYYYMMDD") + ".csv"
Att.Content = bufCSV
Att.ContentType = "text/csv"
ArrayAdd(MyMail.Attach, Att)

bOK is boolean = EmailSendMessage(SENDER, MyMail)
EmailCloseSession(SENDER)
RESULT bOK
