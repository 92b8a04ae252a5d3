// main-code variables are the script's globals: procedures see and change them
gTotal is int = 0
AddToTotal(5)
AddToTotal(7)
Trace(gTotal) // expect: 12

PROCEDURE AddToTotal(n)
gTotal += n
