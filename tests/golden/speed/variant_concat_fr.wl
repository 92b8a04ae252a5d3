// Une chaîne construite dans un variant : mêmes résultats qu'avant.
v est un variant = ""
POUR i = 1 À 3
    v += i * 2
FIN
Trace(v) // expect: 246
w est un variant = 1
w = w + 2 + "3"
Trace(w) // expect: 33
