// Warehouse temperature sensors: each sensor sends a UDP datagram
// "CAPT-01;21,5;20261206T061500" every minute. The monitoring station listens on
// its port, acknowledges each reading (ACK to the sensor that sent it), refuses
// invalid frames (NAK) and reports the cold rooms above the threshold.
CONSTANT
	LISTEN_PORT		= {port}
	ALERT_LEVEL		= 8.0
	WAIT_MS			= 1500		// beyond it, no more readings expected
	MAX_FRAMES		= 50
END

STReading is Structure
	sSensor			is string
	rTemperature	is real
	dtTaken			is DateTime
END

arrReadings is associative array of array of STReading	// sensor -> readings
nRefused is int

IF NOT SocketCreateUDP("Sensors", LISTEN_PORT) THEN
	Trace("Port " + LISTEN_PORT + " unavailable: " + ErrorInfo(errMessage))
	RETURN
END
Trace("Listening")

sAddress is string
nPort is int
FOR nFrame = 1 _TO_ MAX_FRAMES
	sFrame is string = SocketRead("Sensors", False, WAIT_MS, sAddress, nPort)
	IF ErrorOccurred THEN BREAK		// nothing more comes
	stR is STReading
	IF NOT DecodeFrame(sFrame, stR) THEN
		nRefused++
		SocketWrite("Sensors", "NAK;" + nFrame, sAddress, nPort)
		CONTINUE
	END
	ArrayAdd(arrReadings[stR.sSensor], stR)
	SocketWrite("Sensors", "ACK;" + stR.sSensor + ";" + nFrame, sAddress, nPort)
END
SocketClose("Sensors")

// Summary per sensor, in the order of their names
arrNames is array of strings
FOR EACH arrR, sSensor OF arrReadings
	ArrayAdd(arrNames, sSensor)
END
ArraySort(arrNames)
FOR EACH sSensor OF arrNames
	rSum, rMax are real
	rMax = -1000
	FOR EACH stR OF arrReadings[sSensor]
		rSum += stR.rTemperature
		IF stR.rTemperature > rMax THEN rMax = stR.rTemperature
	END
	nCount is int = arrReadings[sSensor]..Occurrence
	sLine is string = StringBuild("%1: %2 reading(s), average %3, max %4", sSensor, nCount, ...
		NumToString(rSum / nCount, ".1f"), NumToString(rMax, ".1f"))
	IF rMax > ALERT_LEVEL THEN sLine += " ALERT"
	Trace(sLine)
END
Trace(nRefused + " frame(s) refused")

// "CAPT-01;21,5;20261206T061500": sensor, temperature (comma or point), time stamp
PROCEDURE DecodeFrame(LOCAL sFrame is string, stReading is STReading) : boolean
IF StringCount(sFrame, ";") <> 2 THEN RESULT False
sSensor is string = NoSpace(ExtractString(sFrame, 1, ";"))
sTemp is string = Replace(ExtractString(sFrame, 2, ";"), ",", ".")
sStamp is string = ExtractString(sFrame, 3, ";")
IF NOT sSensor [= "CAPT-" OR NOT IsNumeric(sTemp) THEN RESULT False
stReading.sSensor = sSensor
stReading.rTemperature = Val(sTemp)
stReading.dtTaken = sStamp
RESULT True
