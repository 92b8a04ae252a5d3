// `t est un tableau de (s) entiers` où s ne contient aucun nombre : Null ou un texte qui
// n'est pas un nombre s'arrête sur une erreur (décidé, docs/semantics.md "An array sized
// by a text or Null") ; un tableau vide était créé sans rien dire.
sNombre est une chaîne = "3"
tabA est un tableau de (sNombre) entiers
Trace(TableauOccurrence(tabA)) // expect: 3
vRien est un Variant = Null
QUAND EXCEPTION DANS
    tabB est un tableau de (vRien) entiers
    Trace(TableauOccurrence(tabB))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: an array's dimension must be a whole number, 0 or more, not Null (a variable given no value).
FIN
sMot est une chaîne = ""
QUAND EXCEPTION DANS
    tabC est un tableau de sMot entiers
    Trace(TableauOccurrence(tabC))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: an array's dimension must be a whole number, 0 or more, not the text "".
FIN
rTaille est un réel = 1.5
QUAND EXCEPTION DANS
    tabD est un tableau de rTaille par 2 entiers
    Trace(TableauOccurrence(tabD))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: an array's dimension must be a whole number, 0 or more, not 1.5.
FIN
