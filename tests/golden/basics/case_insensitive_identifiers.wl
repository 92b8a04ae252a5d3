// identifiers are case-insensitive: Total, TOTAL and total are one variable
Total is int = 10
TOTAL = TOTAL + 5
Trace(total) // expect: 15
trace(ToTaL) // expect: 15
