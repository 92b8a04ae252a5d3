// Reduce : les exemples de la page d'aide (doc.windev.com ?1000024744, « Reduce ») :
// la somme de 1..5 donne 15 ; les chaînes contenant « e » sont 3
arrValue est un tableau d'entiers = [1, 2, 3, 4, 5]
TheSum est un entier
TheSum = Reduce(arrValue, (Value, SumCalculationVariable) => { RENVOYER Value + SumCalculationVariable }, 0)
Trace(TheSum) // expect: 15
arr3 est un tableau de chaînes = ["a", "one", "some", "our", "their"]
Cpt est un entier = Reduce(arr3, (Source, Total) => { RENVOYER Total + (Source [=] "e" ? 1 SINON 0) }, 0)
Trace(Cpt) // expect: 3
Trace(Reduce(arrValue, AddUp, 100)) // expect: 115
Trace(Reduce(arrValue, "AddUp")) // expect: 15
e est un tableau d'entiers
Trace(Reduce(e, AddUp, 7)) // expect: 7

PROCÉDURE AddUp(v, total)
RENVOYER v + total
