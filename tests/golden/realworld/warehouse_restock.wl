// Warehouse: items under their threshold, supplier orders in a queue, delivery in working days
CONSTANT
	DELIVERY_DELAY = 3 // working days
END
STItem is Structure
	sCode is string
	sLabel is string
	nStock is int
	nThreshold is int
	mCost is currency
END
arrItems is array of STItem
arrItems = [["SCR-06", "Screw 6 mm", 120, 200, 0.05], ...
	["NUT-06", "Nut 6 mm", 800, 300, 0.03], ...
	["WSH-08", "Washer 8 mm", 40, 100, 0.02], ...
	["BLT-10", "Bolt 10 mm", 0, 50, 0.40]]
Trace(ArrayCount(arrItems) + " items") // expect: 4 items

// The items to restock, in a queue (first in, first out)
qOrders is Queue of STItem
FOR EACH stI OF arrItems
	IF stI.nStock < stI.nThreshold THEN Enqueue(qOrders, stI)
END
Trace(qOrders.Count + " orders") // expect: 3 orders

// Ordered on a Friday: the delivery skips the weekend
dOrder is Date = "20240315"
Trace(DateToDayInAlpha(dOrder)) // expect: Friday
dDelivery is Date = AddWorkingDays(dOrder, DELIVERY_DELAY)
Trace(DateToString(dDelivery, "DD/MM/YYYY"), dDelivery.ToString("DDDD")) // expect: 20/03/2024, Wednesday

mTotal is currency
stO is STItem
WHILE Dequeue(qOrders, stO)
	nQty is int = 2 * stO.nThreshold - stO.nStock
	mLine is currency = nQty * stO.mCost
	mTotal += mLine
	Trace(StringBuild("%1 x %2 = %3", Complete(stO.sCode, 7), nQty, NumToString(mLine, "6.2f")))
END
// expect: SCR-06  x 280 =  14.00
// expect: WSH-08  x 160 =   3.20
// expect: BLT-10  x 100 =  40.00
Trace("Order total: " + mTotal) // expect: Order total: 57.2
Trace(qOrders.Empty) // expect: 1

// Stock, largest first
ArraySort(arrItems, asMember + asDescending, "nStock")
sList is string
FOR EACH stI OF arrItems
	sList += [", "] + stI.sCode
END
Trace(sList) // expect: NUT-06, SCR-06, WSH-08, BLT-10
nIdx is int = ArraySeek(arrItems, asLinear, "sCode", "WSH-08")
Trace(nIdx, arrItems[nIdx].sLabel) // expect: 3, Washer 8 mm
Trace(ArraySeek(arrItems, asLinear, "sCode", "XXX")) // expect: -1

// Adds n working days (Monday to Friday) to a date
PROCEDURE AddWorkingDays(LOCAL d is Date, n is int) : Date
WHILE n > 0
	d++
	IF DateToDay(d) <= 5 THEN n--
END
RESULT d
