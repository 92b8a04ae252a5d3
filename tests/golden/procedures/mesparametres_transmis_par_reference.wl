// Une plage de MesParamètres transmise (`Augmente(MesParamètres[1 À])`) donne à
// l'appelée les paramètres de cette procédure par référence : ce qu'elle leur affecte
// revient dans ces paramètres, puis dans les variables de l'appelant (décidé)
a est un entier = 1
b est un entier = 2
Transmet(a, b) // expect: dans Transmet 2, 12
Trace(a, b) // expect: 2, 12
o est un CAugmente
VersMéthode(o, a, b) // expect: dans VersMéthode 3, 22
Trace(a, b) // expect: 3, 22
PROCÉDURE Transmet(p1, p2)
Augmente(MesParamètres[1 A])
Trace("dans Transmet " + p1 + ", " + p2)
PROCÉDURE Augmente(x, y)
x++
y += 10
PROCÉDURE VersMéthode(obj est un CAugmente, p1, p2)
obj.Augmente(MesParamètres[2 À])
Trace("dans VersMéthode " + p1 + ", " + p2)

CAugmente est une Classe
FIN
PROCÉDURE CAugmente::Augmente(x, y)
x++
y += 10
