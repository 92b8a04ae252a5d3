// Help page "String (Type of variable)" (French page doc.pcsoft.fr ?1514044, Chaîne) with
// the English names: its example, traced; a string declared without a value is "".
FirstName is string
Trace("[" + FirstName + "]")                    // expect: []
FirstName = "Florence"
Trace(FirstName)                                // expect: Florence
Trace(TypeVar(FirstName) = wlString)            // expect: 1
