// A price list with discounts by quantity bands: SWITCH on ranges (CASE 1 TO 9,
// CASE 10 TO 49), a list (CASE 50 TO 99, 100), comparisons (CASE <= 0, CASE > 100), an
// optional LOCAL parameter, the discounted unit price rounded to the cent.
FOR EACH nQ OF [0, 1, 9, 10, 49, 50, 100, 101, 1000]
	Trace(nQ, UnitPrice(nQ), UnitPrice(nQ, 7.99) * nQ)
END
// expect: 0, 0, 0
// expect: 1, 10, 7.99
// expect: 9, 10, 71.91
// expect: 10, 9.5, 75.9
// expect: 49, 9.5, 371.91
// expect: 50, 9, 359.5
// expect: 100, 9, 719
// expect: 101, 8.5, 685.79
// expect: 1000, 8.5, 6790
nOrder is int = 25
SWITCH nOrder
	case 1 to 9 : Trace("small order")
	Case 10 TO 99 : trace("medium order") // expect: medium order
	OTHER CASE : Trace("large order")
END

PROCEDURE UnitPrice(LOCAL nQuantity is int, LOCAL mBasePrice is currency = 10) : currency
mDiscount is currency
SWITCH nQuantity
	CASE <= 0
		RESULT 0
	CASE 1 TO 9
		mDiscount = 0
	CASE 10 TO 49
		mDiscount = 5
	CASE 50 TO 99, 100
		mDiscount = 10
	CASE > 100
		mDiscount = 15
	OTHER CASE
		mDiscount = 0
END
RESULT Round(mBasePrice * (1 - mDiscount / 100), 2)
