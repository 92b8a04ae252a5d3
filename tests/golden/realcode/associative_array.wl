// associative arrays: values by key, ..Occurrence, ..Exist, FOR EACH over the values
prices is associative array of currency
prices["bread"] = 1.20
prices["milk"] = 0.95
Trace(prices["milk"], prices..Occurrence) // expect: 0.95, 2
IF prices["tea"]..Exist THEN Trace("tea") ELSE Trace("no tea") // expect: no tea
FOR EACH p OF prices
    Trace(p)
END
// expect: 1.2
// expect: 0.95
Trace(prices["tea"], prices..Occurrence) // expect: 0, 2
