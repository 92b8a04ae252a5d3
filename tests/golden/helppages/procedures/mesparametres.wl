// Page d'aide "MesParamètres" (?1511018) : son tableau des deux propriétés des
// paramètres d'une procédure PROCÉDURE Proc(p1, po2 = "Y", po3 = "Z") ; le paramètre
// "*" (garder la valeur par défaut) compte comme un paramètre reçu.
Proc("A")                       // expect: 1, 3
Proc("A", "B")                  // expect: 2, 3
Proc("A", "B", "C")             // expect: 3, 3
Proc("A", *, "C")               // expect: 3, 3
Décale(5)                       // expect: 15
// N calculé, comme dans la boucle de la page POUR I = 1 _A_ MesParamètres..Occurrence
// (ses champs remplacés par des variables) : le Nième paramètre est la variable de
// l'appelant (passage par référence)
a est un entier = 1
b est un entier = 2
Décalage(a, b)                  // expect: 11, 12
Trace(a, b)                     // expect: 11, 12
d est une Date = "20240115"
s est une chaîne = "abc"
Modifie(d, s)                   // expect: 20240305, Xbc
Trace(d, s)                     // expect: 20240305, Xbc
Texte("x")                      // expect: 40
Etoile(a, b)                    // expect: 21, 22
Trace(a, b)                     // expect: 11, 12

PROCÉDURE Proc(p1, po2 = "Y", po3 = "Z")
Trace(MesParamètres..NbReçu, MesParamètres..Occurrence)

PROCÉDURE Décale(n)
MesParamètres[1] += 10
Trace(n)

PROCÉDURE Décalage(p1, p2)
POUR I = 1 _A_ MesParamètres..Occurrence
	MesParamètres[I] += 10
FIN
Trace(MesParamètres[1], MesParamètres[2])

PROCÉDURE Modifie(x est une Date, y est une chaîne)
i est un entier = 1
MESPARAMETRES[i]..Jour = 5
MesParamètres[i]..Mois += 2
mesparamètres[i + 1][[1]] = "X"
Trace(x, y)

PROCÉDURE Texte(p)
k est un entier = 1
MesParamètres[k] = 39
MesParamètres[k]++
Trace(p)

PROCÉDURE Etoile(*)
POUR I = 1 _À_ MesParamètres..Occurrence
	MesParamètres[I] += 10
FIN
Trace(MesParamètres[1], MesParamètres[2])
