// NumériqueVersChaîne et Val
Trace(NumériqueVersChaîne(7, "03d")) // expect: 007
Trace(NumeriqueVersChaine(2.5, "6.2f")) // expect:   2.50
Trace(Val("42") + 1) // expect: 43
