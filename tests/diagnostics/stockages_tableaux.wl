// Tableaux et valeurs simples stockés l'un dans l'autre : WL110, WL116
t est un tableau d'entiers = [1]
n est un entier
t = "a" // error: WL110:1 "a" is a string: a value of type string cannot be stored in 't', an array
n = t // error: WL110:1 't' is an array: an array cannot be stored in 'n', a number
n = [1, 2] // error: WL110:1 [...] is an array: an array cannot be stored in 'n', a number
Somme(5) // error: WL116:7 5 is an integer and the parameter 'tt' of Somme is an array: a value of type integer cannot be stored in an array
Trace(n)
PROCÉDURE Somme(tt est un tableau d'entiers)
Trace(tt[1])
