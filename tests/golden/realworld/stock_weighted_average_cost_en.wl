// Stock valuation at weighted average cost (WAC), in numerics
STRUCTURE STMovement
	dDate is Date
	sType is string // "E" entry, "S" sale
	nQuantity is int
	numUnitPrice is numeric (12,4)
END
arrMoves is array of STMovement
Movement(arrMoves, "20250102", "E", 100, 12.5)
Movement(arrMoves, "20250110", "S", 30)
Movement(arrMoves, "20250115", "E", 50, 13.1234)
Movement(arrMoves, "20250120", "S", 70)
Movement(arrMoves, "20250125", "E", 200, 11.99)

nStock is int
numValue is numeric (14,4)
numWAC is numeric (12,4)
FOR EACH stM OF arrMoves
	SWITCH stM.sType
		CASE "E"
			numValue += stM.nQuantity * stM.numUnitPrice
			nStock += stM.nQuantity
			numWAC = numValue / nStock
		CASE "S"
			nStock -= stM.nQuantity
			numValue = nStock * numWAC
	END
	Trace(DateToString(stM.dDate, "DD/MM"), stM.sType, stM.nQuantity, nStock, NumToString(numWAC, ".4f"), NumToString(numValue, ".2f"))
END
Trace("Stock value: " + Round(numValue, 2) + " €", TypeVar(numWAC) = wlNumeric)
// expect: 02/01, E, 100, 100, 12.5000, 1250.00
// expect: 10/01, S, 30, 70, 12.5000, 875.00
// expect: 15/01, E, 50, 120, 12.7598, 1531.17
// expect: 20/01, S, 70, 50, 12.7598, 637.99
// expect: 25/01, E, 200, 250, 12.1440, 3035.99
// expect: Stock value: 3035.99 €, 1

PROCEDURE Movement(arr is array of STMovement, sDate, sType, nQty is int, numPrice is numeric = 0)
st is STMovement
st.dDate = sDate
st.sType = sType
st.nQuantity = nQty
st.numUnitPrice = numPrice
ArrayAdd(arr, st)
