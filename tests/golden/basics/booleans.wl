// True/False and Vrai/Faux are the same values; booleans show as 1 and 0
Trace(True) // expect: 1
Trace(False) // expect: 0
Trace(Vrai = True) // expect: 1
Trace(Faux = False) // expect: 1
Trace(TRUE AND vrai) // expect: 1
b is boolean = Vrai
IF b THEN Trace("b is true") // expect: b is true
