// Printing labels on the warehouse Zebra printer (ZPL on port 9100): connection with a
// timeout, sending, reading the status (~HS), each failure told to the user
CONSTANT
	PRINTER = "127.0.0.1"
	TIMEOUT_MS = 2000
END
gnPort is int = {port}

Trace(PrintLabel("REF-0042", "Cable electrique 2,5 mm", 3))
Trace(PrintLabel("REF-0043", "Gaine ICTA 20"))
gnPort = {ferme}
Trace(PrintLabel("REF-0044", "Junction box"))

PROCEDURE PrintLabel(LOCAL sReference is string, LOCAL sCaption is string, LOCAL nQuantity is int = 1) : string
	IF NOT SocketConnect("Zebra", gnPort, PRINTER, TIMEOUT_MS) THEN
		RESULT "Printer unreachable: " + ErrorInfo(errMessage)
	END
	SocketChangeTransmissionMode("Zebra", SocketNoEndTag)
	sZPL is string = "^XA^FO50,50^A0N,40,40^FD" + sCaption + "^FS" + ...
		"^FO50,120^BCN,80^FD" + sReference + "^FS^PQ" + nQuantity + "^XZ"
	IF NOT SocketWrite("Zebra", sZPL + "~HS") THEN
		sError is string = ErrorInfo(errMessage)
		SocketClose("Zebra")
		RESULT "Cannot send: " + sError
	END
	sStatus is string = SocketRead("Zebra", False, TIMEOUT_MS)
	IF ErrorOccurred OR sStatus = "" THEN
		SocketClose("Zebra")
		RESULT "No status: " + ErrorInfo(errMessage)
	END
	SocketClose("Zebra")
	// the status's 2nd field: 1 = paper out
	IF ExtractString(ExtractString(sStatus, 1, CR), 2, ",") = "1" THEN RESULT "Paper out"
	RESULT StringBuild("%1 label(s) %2 printed", nQuantity, sReference)
