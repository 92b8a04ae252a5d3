// "+" concatène dès qu'un des côtés est une chaîne
x est un entier = 5
Trace("Total : " + x) // expect: Total : 5
Trace("1" + 1) // expect: 11
Trace(x + "0") // expect: 50
Trace(Vrai + "!") // expect: 1!
