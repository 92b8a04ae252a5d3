// Aide 1514021 / 1000018322 : enfilés 1, 2, 3, défilés 1, 2, 3.
MaFile est une File d'entiers
Enfile(MaFile, 1)
Enfile(MaFile, 2)
Enfile(MaFile, 3)
x est un entier
TANTQUE Défile(MaFile, x)
    Trace(x)
FIN
// expect: 1
// expect: 2
// expect: 3
Trace(MaFile.Vide, MaFile.Occurrence)   // expect: 1, 0
Noms est une File de chaînes
Noms.Enfile("Ann")
Noms.Enfile("Bob")
POUR TOUT n DE Noms
    Trace(n)
FIN
// expect: Ann
// expect: Bob
SupprimeTout(Noms)
Trace(Noms.Vide)   // expect: 1
// une pile en français
P est une Pile de chaînes
Empile(P, "bas")
Empile(P, "haut")
s est une chaîne
Dépile(P, s)
Trace(s)   // expect: haut
// entre threads : le consommateur attend (AttendSiVide) jusqu'à FinAjout
gSomme est un entier
ThreadExécute("conso", threadNormal, Consommateur)
POUR i = 1 À 4
    Enfile(MaFile, i * 10)
FIN
MaFile.FinAjout = Vrai
Trace(ThreadAttend("conso", 500))   // expect: 1
Trace(gSomme)   // expect: 100
// une file vide sans attente répond Faux tout de suite ; avec un délai, Faux à la fin
Vide est une File d'entiers
Trace(Défile(Vide, x, AttendSiVide, 2))   // expect: 0

PROCÉDURE Consommateur()
v est un entier
TANTQUE Défile(MaFile, v, AttendSiVide, 500)
    gSomme += v
FIN
