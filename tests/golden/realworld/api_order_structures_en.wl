// An orders API's JSON answer read into nested structures by Deserialize: JSON names
// given by the <Serialize = "..."> attribute, extra members ignored (channel, floor,
// discount), a missing member left at its default (comment), an ISO date into a Date,
// an amount as text ("7.90") into a currency; then the same answer by a JSON variable
// (..Exist, Val). Method b, FS 6 Dec 2026: passes as written. French twin
// api_commande_structures_fr.wl.
STAddress is Structure
	sStreet is string <Serialize = "street">
	sZipCode is string <Serialize = "zip">
	sCity is string <Serialize = "city">
END
STLine is Structure
	sReference is string <Serialize = "ref">
	nQuantity is int <Serialize = "qty">
	mUnitPrice is currency <Serialize = "price">
END
STOrder is Structure
	nNumber is int <Serialize = "number">
	dDate is Date <Serialize = "date">
	bPaid is boolean <Serialize = "paid">
	sComment is string <Serialize = "comment">
	stDelivery is STAddress <Serialize = "delivery">
	arrLines is array of STLine <Serialize = "lines">
END

sAnswer is string = [
{
  "number": 10452,
  "date": "2026-12-04",
  "paid": true,
  "channel": "web",
  "delivery": {"street": "12 Lilac Street", "zip": "LS1 4AP", "city": "Leeds", "floor": 3},
  "lines": [
    {"ref": "A-100", "qty": 2, "price": 12.5, "discount": 0},
    {"ref": "B-220", "qty": 1, "price": "7.90"}
  ]
}
]
ord is STOrder
Deserialize(ord, sAnswer, psdJSON)
IF ErrorOccurred THEN
	Trace("Unreadable answer: " + ErrorInfo())
ELSE
	Trace("Order " + ord.nNumber + " of " + DateToString(ord.dDate, "DD/MM/YYYY") + ", paid: " + ord.bPaid) // expect: Order 10452 of 04/12/2026, paid: 1
	Trace("Comment: [" + ord.sComment + "]") // expect: Comment: []
	Trace("Delivery: " + ord.stDelivery.sStreet + ", " + ord.stDelivery.sZipCode + " " + ord.stDelivery.sCity) // expect: Delivery: 12 Lilac Street, LS1 4AP Leeds
	mTotal is currency = 0
	FOR EACH stL OF ord.arrLines
		mTotal += stL.nQuantity * stL.mUnitPrice
	END
	Trace(ord.arrLines..Occurrence + " line(s), total " + mTotal) // expect: 2 line(s), total 32.9
END
// the same answer read by a JSON variable: members there or not
vAns is JSON = sAnswer
Trace(vAns.channel, vAns.delivery.floor, vAns.comment..Exist, vAns.channel..Exist) // expect: web, 3, 0, 1
Trace(Val(vAns.lines[2].price) + 0.1, vAns.lines[1].price + 0.1) // expect: 8, 12.6
