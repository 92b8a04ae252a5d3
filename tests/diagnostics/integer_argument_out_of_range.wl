// A number literal given to a parameter declared an integer, beyond its range: the run
// stops with "Numeric overflow" for a real (or a text read as one), so the check says it
// in the run's words, as for a variable (integer_literal_out_of_range.wl); an integer
// literal wraps, and the check says what is stored. A LOCAL parameter too.
Pay(1e19) // error: WL110:5 Numeric overflow: 10000000000000000000 is beyond the largest int (2,147,483,647).
Pay(4294967301) // warning: WL206:5 the parameter 'nAmount' of Pay cannot hold 4294967301: beyond its range (-2,147,483,648 to 2,147,483,647), the integer wraps and is stored as 5
Pay(-3.5e9) // error: WL110:5 Numeric overflow: -3500000000 is beyond the smallest int (-2,147,483,648).
PayCopy("1e19") // error: WL110:9 Numeric overflow: 10000000000000000000 is beyond the largest int (2,147,483,647).
Pay(5)
PayCopy(1e9)
PayLong(1e18)

PROCEDURE Pay(nAmount is int)
Trace(nAmount)

PROCEDURE PayCopy(LOCAL nAmount is int)
Trace(nAmount)

PROCEDURE PayLong(nAmount is 8-byte int)
Trace(nAmount)
