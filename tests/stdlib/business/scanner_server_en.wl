// The warehouse's barcode scanners server: each scanner connects over TCP and sends one
// line per read, "ENTREE;<EAN13>;<quantity>" or "SORTIE;<EAN13>;<quantity>", ended by
// CR LF; the server checks the EAN's check digit, updates the stock and answers
// "OK;<stock>" or "ERR;<reason>". "FIN" ends the scanner's session.
CONSTANT
	NB_SCANNERS = 2
	WAIT_MS = 5000
END

gaaStock is associative array of int
gaaStock["3017620422003"] = 12
gaaStock["5449000000996"] = 3

IF NOT SocketCreate("Scanners", {port}) THEN
	Trace("Cannot open the port: " + ErrorInfo(errMessage))
	RETURN
END
FOR nScanner = 1 _TO_ NB_SCANNERS
	IF NOT SocketWaitForConnection("Scanners", WAIT_MS) THEN
		Trace("No scanner connected")
		BREAK
	END
	sChannel is string = SocketAccept("Scanners")
	SocketChangeTransmissionMode(sChannel, SocketEndTag, CR)
	nLines is int = HandleScanner(sChannel)
	SocketClose(sChannel)
	Trace(StringBuild("scanner %1: %2 line(s)", nScanner, nLines))
END
SocketClose("Scanners")
FOR EACH nQty, sEAN OF gaaStock
	Trace(sEAN + " = " + nQty)
END

// The check digit of an EAN-13 (weights 1, 3, 1, 3...)
PROCEDURE ValidEAN(sEAN is string) : boolean
IF Length(sEAN) <> 13 OR NOT IsNumeric(sEAN) THEN RESULT False
nSum is int
FOR i = 1 _TO_ 12
	nSum += Val(sEAN[[i]]) * (i modulo 2 = 0 ? 3 ELSE 1)
END
RESULT (10 - nSum modulo 10) modulo 10 = Val(sEAN[[13]])

PROCEDURE HandleScanner(sChannel is string) : int
nNb is int
LOOP
	sLine is string = SocketRead(sChannel, False, WAIT_MS)
	IF ErrorOccurred THEN BREAK   // disconnected or silent
	IF sLine = "FIN" THEN
		SocketWrite(sChannel, "BYE")
		BREAK
	END
	nNb++
	sDirection, sEAN, sQty are strings
	sDirection = ExtractString(sLine, 1, ";")
	sEAN = ExtractString(sLine, 2, ";")
	sQty = ExtractString(sLine, 3, ";")
	IF NOT ValidEAN(sEAN) THEN
		SocketWrite(sChannel, "ERR;invalid EAN")
		CONTINUE
	END
	IF NOT IsNumeric(sQty) OR Val(sQty) <= 0 THEN
		SocketWrite(sChannel, "ERR;invalid quantity")
		CONTINUE
	END
	SWITCH Upper(sDirection)
		CASE "ENTREE", "ENTRÉE"
			gaaStock[sEAN] += Val(sQty)
		CASE "SORTIE"
			IF gaaStock[sEAN] < Val(sQty) THEN
				SocketWrite(sChannel, "ERR;not enough stock (" + gaaStock[sEAN] + ")")
				CONTINUE
			END
			gaaStock[sEAN] -= Val(sQty)
		OTHER CASE
			SocketWrite(sChannel, "ERR;unknown direction")
			CONTINUE
	END
	SocketWrite(sChannel, "OK;" + gaaStock[sEAN])
END
RESULT nNb
