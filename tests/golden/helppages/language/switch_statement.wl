// Help page "SWITCH statement" (French page doc.pcsoft.fr ?1510008, SELON): its examples
// with the English keywords, run for several values; a variable stands for the page's
// COMBO_Sel control in the simplified syntax.
Quantity is int
Comment is string
FOR Quantity = 1 TO 3
	SWITCH Quantity
	CASE 1 : Comment = "Take advantage of our promotions: 2 products for the price of 1"
	CASE 2 : Comment = "You buy two products: you only pay for one"
	OTHER CASE : Comment = ""
	END
	Trace(Quantity, "[" + Comment + "]")
END
// expect: 1, [Take advantage of our promotions: 2 products for the price of 1]
// expect: 2, [You buy two products: you only pay for one]
// expect: 3, []
Value is int
FOR EACH Value OF [10, 15, 25, 40]
	SWITCH Value
	CASE 10 : Trace(10)
	CASE 10<*<20 : Trace("Between 10 and 20")
	CASE >30 : Trace("Greater than 30")
	END
END
// expect: 10
// expect: Between 10 and 20
// expect: Greater than 30
FOR EACH Quantity OF [5, 9, 10, 15, 21]
	SWITCH Quantity
	CASE TO 8: // Value less than or equal to 8
	Comment = "A gift for any purchase"
	CASE 9,10: // Value equal to 9 or 10
	Comment = "Take advantage of our promotions: 2 products for the price of 1"
	CASE 11 TO 20 // Value between 11 and 20 (inclusive)
	Comment = "You buy two products: you only pay for one"
	CASE > 20: // Value greater than 20
	Comment = ""
	END
	Trace(Quantity, "[" + Comment + "]")
END
// expect: 5, [A gift for any purchase]
// expect: 9, [Take advantage of our promotions: 2 products for the price of 1]
// expect: 10, [Take advantage of our promotions: 2 products for the price of 1]
// expect: 15, [You buy two products: you only pay for one]
// expect: 21, []
// Simplified syntax: Value holds a digit from 1 to 5
Value = 3
Result1 is string = ""
Result1 = SWITCH (Value, "Zoe", "Emma", "Camille", "Frederic", ELSE "Not found")
Trace(Result1) // expect: Camille
Value = 7
Result1 = SWITCH (Value, "Zoe", "Emma", "Camille", "Frederic", ELSE "Not found")
Trace(Result1) // expect: Not found
