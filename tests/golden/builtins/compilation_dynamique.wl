// Compile construit une procédure du programme en cours : elle voit ses variables
// globales et ses procédures, garde sa propre ligne PROCÉDURE (renommée) ou est le corps
// de PROCÉDURE Nom(*), est remplacée en compilant le nom à nouveau, supprimée par un code vide
gnTaux est un entier = 3
Trace(Compile("Echelle", "PROCÉDURE NImporteQuoi(x est un entier)" + RC + "RENVOYER x * gnTaux + Prime()"))   // expect:
Trace(ExécuteTraitement("Echelle", trtProcédure, 2))   // expect: 10
gnTaux = 5
Trace(exécutetraitement("ECHELLE", trtProcedure, 2))   // expect: 14
Trace(Compile("Somme", "s est un entier" + RC + "POUR i = 1 À MesParamètres..Occurrence" + RC + "s += MesParamètres[i]" + RC + "FIN" + RC + "RENVOYER s"))   // expect:
Trace(ExécuteTraitement("Somme", trtProcédure, 1, 2, 3))   // expect: 6
Trace(Compile("Prime", "RENVOYER 0"))   // expect: the program already has a procedure named 'Prime'.
Trace(Compile("Somme", ""))   // expect:
Trace(Compile("Plus", "x est un entier = 1" + RC + "RENVOYER x +"))   // expect: line 2: unexpected end of line; expected an expression
f est une procédure = Compile("RENVOYER gnTaux * 2")
Trace(f(), ErreurDétectée)   // expect: 10, 0
ExécuteTraitement("Somme", trtProcédure) // expect error: there is no procedure named 'Somme'

PROCÉDURE Prime()
RENVOYER 4
