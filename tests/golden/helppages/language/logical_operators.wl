// Help page "Logical operators" (doc.windev.com ?1512003): its example, the Customer.City
// and Customer.Title items replaced by variables, then its Rules and its optimised
// operators (_AND_, _OR_, IN, _IN_), each traced.
City is string = "Montpellier"
Title is string = "Mister"
MenMontpellier, MontpellierLyon are int
IF City = "Montpellier" AND Title = "Mister" THEN
	MenMontpellier ++	// Number of men living in Montpellier
END
IF City = "Montpellier" OR City = "Lyon" THEN
	MontpellierLyon ++	// Number of customers living in Montpellier or in Lyon
END
Trace(MenMontpellier, MontpellierLyon) // expect: 1, 1
// Rules
Trace(True AND True)            // expect: 1
Trace(True AND False)           // expect: 0
Trace(True OR True)             // expect: 1
Trace(True OR False)            // expect: 1
Trace(NOT True)                 // expect: 0
// _AND_: if the first part is false, the rest is not evaluated
n is int = 0
Calls is int
IF n <> 0 _AND_ 10 / n > 1 THEN Trace("divided") ELSE Trace("not evaluated") // expect: not evaluated
// _OR_: if the first part is true, the rest is not evaluated
IF n = 0 _OR_ 10 / n > 1 THEN Trace("not evaluated") // expect: not evaluated
// IN: OR and '=' combined; every expression of the list is evaluated
IF City IN ("Paris", Noted("IN"), "Montpellier") THEN Trace("IN") // expect: IN
Trace(Calls)                    // expect: 1
// _IN_: evaluated from left to right, stopping at the first that meets the condition
IF City _IN_ ("Montpellier", Noted("_IN_")) THEN Trace("_IN_") // expect: _IN_
Trace(Calls)                    // expect: 1
IF NOT City _IN_ ("Paris", "Lyon") THEN Trace("neither Paris nor Lyon") // expect: neither Paris nor Lyon

PROCEDURE Noted(s is string)
Calls++
RESULT s
