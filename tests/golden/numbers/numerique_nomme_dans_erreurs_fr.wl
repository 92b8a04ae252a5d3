// La valeur d'un numérique est marquée numérique partout où elle va (une variable, un
// membre de structure, un élément de tableau, un paramètre, un Variant) : les erreurs de
// l'exécution nomment un numérique, pas un monétaire (tous deux sont des décimaux exacts ;
// chacun était nommé monétaire). Un monétaire reste nommé monétaire. docs/semantics.md
// "A numeric is named a numeric".
STTaux est une Structure
    numTaux est un numérique (10,2)
FIN
numTotal est un numérique = 12.5
QUAND EXCEPTION DANS
    Trace(numTotal[1])
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
FIN
QUAND EXCEPTION DANS
    Trace(numTotal..Chiffres) // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric has no property 'Chiffres'.
FIN
s est un STTaux
s.numTaux = 19.6
QUAND EXCEPTION DANS
    Trace(s.numTaux[1])
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
FIN
tabN est un tableau de numériques = [1.5, 2.5]
QUAND EXCEPTION DANS
    Trace(tabN[2][1])
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
FIN
Indicé(3.25) // expect: A value of type numeric cannot be indexed.
v est un Variant = numTotal
QUAND EXCEPTION DANS
    Trace(v[1])
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
FIN
// un résultat calculé avec un numérique est un numérique, avec un monétaire aussi
moPrix est un monétaire = 10
QUAND EXCEPTION DANS
    Trace((numTotal * 2 + moPrix)[1])
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A value of type numeric cannot be indexed.
FIN
QUAND EXCEPTION DANS
    Trace(moPrix[1])
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A value of type currency cannot be indexed.
FIN
// la marque ne change aucune valeur : un numérique rangé dans un monétaire est un monétaire
moPrix = numTotal / 3
QUAND EXCEPTION DANS
    Trace(moPrix[1])
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: A value of type currency cannot be indexed.
FIN
Trace(moPrix, numTotal / 3, numTotal = 12.5, numTotal < 13, s.numTaux + numTotal) // expect: 4.166667, 4.166667, 1, 1, 32.1
SI numTotal ALORS Trace("pas zéro") // expect: pas zéro
SI v ALORS Trace("le numérique d'un Variant est un booléen aussi") // expect: le numérique d'un Variant est un booléen aussi
Trace(TypeVar(numTotal) = wlNumérique, TypeVar(v) = wlNumérique, TypeVar(moPrix) = wlMonétaire) // expect: 1, 1, 1
PROCÉDURE Indicé(p est un numérique)
QUAND EXCEPTION DANS
    Trace(p[2])
FAIRE
    Trace(ExceptionInfo(errMessage))
FIN
