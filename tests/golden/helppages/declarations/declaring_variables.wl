// Help page "Declaring variables" (doc.pcsoft.fr/en-US ?1514032), its three syntaxes:
// `<Variable name> is <Type>`, `... is <Type> = <Initial value>`, `<Name 1>, <Name 2>
// are <Type>`; "The a and an keywords are optional". The page shows the syntaxes only.
CustomerName is string
CustomerName = "Smith"
Counter is int = 5
Price is a currency = 9.99
FirstName, LastName are strings
FirstName = "John"
LastName = "Doe"
Ratio is an real = 0.5
Trace(CustomerName, Counter, Price, FirstName, LastName, Ratio) // expect: Smith, 5, 9.99, John, Doe, 0.5
