// A fleet's maintenance planner: vehicles as classes (a van and a truck redefine the
// service interval), odometer readings from a telematics feed in JSON, services due by
// distance or by date, a work-order file written line by line and read back, the
// workshop's e-mail built from the orders, and an SQL summary of the service history.
CVehicle is Class
	PUBLIC
	m_sPlate is string
	m_nOdometer is int
	m_nLastServiceKm is int
	m_dLastService is Date
END

CVan is Class
	inherits from CVehicle
END

CTruck is Class
	inherits from CVehicle
	m_nAxles is int
END

STWorkOrder is Structure
	sPlate is string
	sReason is string
	nPriority is int
END

fdHist is File Description
itm is Item Description
fdHist..Name = "ServiceHistory"
itm..Name = "ServiceID" ; itm..Type = hItemAutoID ; itm..KeyType = hUniqueKey
HDescribeItem(fdHist, itm)
itm..Name = "Plate" ; itm..Type = hItemText ; itm..Size = 10 ; itm..KeyType = hDuplicatesKey
HDescribeItem(fdHist, itm)
itm..Name = "ServiceDate" ; itm..Type = hItemDate ; itm..KeyType = hDuplicatesKey
HDescribeItem(fdHist, itm)
itm..Name = "Cost" ; itm..Type = hItemCurrency ; itm..KeyType = hNotAKey
HDescribeItem(fdHist, itm)
HDescribeFile(fdHist)
HCreation(ServiceHistory)
FOR EACH STRING s OF "AB-123-CD,20250115,320.50;AB-123-CD,20250610,180;TR-900-XY,20250301,1250.75;TR-900-XY,20240905,990;VN-555-ZZ,20250720,210" SEPARATED BY ";"
	ServiceHistory.Plate = ExtractString(s, 1, ",")
	ServiceHistory.ServiceDate = ExtractString(s, 2, ",")
	ServiceHistory.Cost = Val(ExtractString(s, 3, ","))
	HAdd(ServiceHistory)
END

arrFleet is array of CVehicle dynamic
Add(arrFleet, new CVan("AB-123-CD", 48200))
Add(arrFleet, new CTruck("TR-900-XY", 3))
Add(arrFleet, new CVan("VN-555-ZZ", 12000))

// the last service of each vehicle, from the history
FOR EACH v OF arrFleet
	FOR EACH ServiceHistory WHERE Plate = v.m_sPlate
		IF ServiceHistory.ServiceDate > v.m_dLastService THEN v.m_dLastService = ServiceHistory.ServiceDate
	END
END

// tonight's odometer readings
sFeed is string = [
	{"readings": [
		{"plate": "AB-123-CD", "km": 61250},
		{"plate": "TR-900-XY", "km": 402000},
		{"plate": "VN-555-ZZ", "km": 15900}
	]}
]
vFeed is Variant = JSONToVariant(sFeed)
FOR EACH r OF vFeed.readings
	FOR EACH v OF arrFleet
		IF v.m_sPlate = r.plate THEN v.m_nOdometer = r.km
	END
END
arrFleet[2].m_nLastServiceKm = 341500

dToday is Date = "20251204"
arrOrders is array of STWorkOrder
FOR EACH v OF arrFleet
	sReason is string = v.DueReason(dToday)
	IF sReason <> "" THEN
		o is STWorkOrder
		o.sPlate = v.m_sPlate
		o.sReason = sReason
		o.nPriority = v.Priority(dToday)
		Add(arrOrders, o)
	END
END
ArraySort(arrOrders, asMember, "-nPriority;+sPlate")
FOR EACH o OF arrOrders
	Trace(o.nPriority + " " + o.sPlate + ": " + o.sReason)
END
// expect: 3 TR-900-XY: 60500 km since the last service (interval 60000)
// expect: 2 AB-123-CD: 13050 km since the last service (interval 12000)
// expect: 1 VN-555-ZZ: service due on 20/01/2026

// the work orders, one line each, for the workshop's import
sFile is string = fTempPath() + fSep() + "work_orders.txt"
nFile is int = fOpen(sFile, foCreate)
FOR EACH o OF arrOrders
	fWriteLine(nFile, o.sPlate + TAB + o.nPriority + TAB + o.sReason)
END
fClose(nFile)
nFile = fOpen(sFile, foRead)
sLine is string = fReadLine(nFile)
nLines is int
WHILE sLine <> EOT
	nLines++
	IF nLines = 1 THEN Trace("first line: " + ExtractString(sLine, 1, TAB) + " / " + ExtractString(sLine, 2, TAB))
	sLine = fReadLine(nFile)
END
fClose(nFile)
fDelete(sFile)
Trace(nLines + " line(s) read back")
// expect: first line: TR-900-XY / 3
// expect: 3 line(s) read back

// the workshop's e-mail
msg is Email
msg.Sender = "fleet@example.com"
Add(msg.Recipient, "workshop@example.com")
msg.Subject = StringBuild("%1 work order(s) for %2", arrOrders..Count, DateToString(dToday, "DD/MM/YYYY"))
msg.Message = ""
FOR EACH o OF arrOrders
	msg.Message += [CR] + "- " + o.sPlate + " (" + o.sReason + ")"
END
Trace(msg.Subject) // expect: 3 work order(s) for 04/12/2025
Trace(Length(msg.Message) > 0 AND StringCount(msg.Message, CR) = 2) // expect: 1

// what each vehicle cost in 2025
sQuery is string = [
	SELECT Plate, COUNT(*) AS Services, SUM(Cost) AS Total
	FROM ServiceHistory
	WHERE ServiceDate >= '20250101'
	GROUP BY Plate
	ORDER BY Total DESC
]
dsCost is Data Source
IF HExecuteSQLQuery(dsCost, hQueryDefault, sQuery) THEN
	FOR EACH dsCost
		Trace(dsCost.Plate + " " + dsCost.Services + " " + NumToString(dsCost.Total, "8.2f"))
	END
END
// expect: TR-900-XY 1  1250.75
// expect: AB-123-CD 2   500.50
// expect: VN-555-ZZ 1   210.00

PROCEDURE CVehicle::Constructor(sPlate is string, nOdometer is int)
	:m_sPlate = sPlate
	:m_nOdometer = nOdometer
	:m_nLastServiceKm = nOdometer
	:m_dLastService = "19000101"

PROCEDURE CVehicle::IntervalKm() : int
	RESULT 15000

PROCEDURE CVehicle::IntervalMonths() : int
	RESULT 12

// why the vehicle must be serviced, or "" when it need not
PROCEDURE CVehicle::DueReason(dToday is Date) : string
	nSince is int = :m_nOdometer - :m_nLastServiceKm
	IF nSince >= :IntervalKm() THEN RESULT nSince + " km since the last service (interval " + :IntervalKm() + ")"
	dNext is Date = :m_dLastService
	dNext..Month += :IntervalMonths()
	IF DateDifference(dToday, dNext) <= 60 THEN RESULT "service due on " + DateToString(dNext, "DD/MM/YYYY")
	RESULT ""

PROCEDURE CVehicle::Priority(dToday is Date) : int
	nSince is int = :m_nOdometer - :m_nLastServiceKm
	SWITCH nSince * 100 / :IntervalKm()
		CASE >= 100 : RESULT 2
		OTHER CASE : RESULT 1
	END

PROCEDURE CVan::IntervalKm() : int
	RESULT 12000

PROCEDURE CVan::IntervalMonths() : int
	RESULT 6

PROCEDURE CTruck::Constructor(sPlate is string, nAxles is int)
	Constructor CVehicle(sPlate, 0)
	:m_nAxles = nAxles

PROCEDURE CTruck::IntervalKm() : int
	RESULT 20000 * :m_nAxles

PROCEDURE CTruck::Priority(dToday is Date) : int
	RESULT CVehicle::Priority(dToday) + 1
