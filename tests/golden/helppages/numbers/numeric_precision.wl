// Help page "Numeric (Variable type)" (help.windev.com): a numeric is declared with its
// precision, `numeric (<Integer digits>, <Decimals>)`, and computes in exact decimals.
Price is numeric (10,2) = 3.14159
Trace(Price) // expect: 3.14
Total is numeric (10,2) = Price * 3
Trace(Total) // expect: 9.42
n is numeric = 0.1
Trace(n + n + n = 0.3) // expect: 1
