// Un littéral au-delà de la plage d'un monétaire (?1514043 : au plus 604 462 909 807 314 587,353087)
// rangé dans une variable monétaire : l'exécution s'y arrête avec "Numeric overflow" ; la
// vérification le dit avec les mêmes mots (elle ne disait rien, et l'exécution gardait tout).
moGrand est un monétaire = 99999999999999999999999 // error: WL110:1 Numeric overflow: 99999999999999999999999 is beyond the largest currency (604,462,909,807,314,587.353087).
moGrand = -700000000000000000 // error: WL110:1 Numeric overflow: -700000000000000000 is beyond the smallest currency (-604,462,909,807,314,587.353087).
moJuste est un MONÉTAIRE = 0m604462909807314587.353087
moJuste = -604462909807314587
// écrit sans 0m, un littéral de plus de 15 chiffres significatifs est le réel que le
// compilateur en fait (?1514043) : au bord de la plage, ce réel est au-delà
moBord est un monétaire = 604462909807314587.353087 // error: WL110:1 Numeric overflow: 604462909807314587.353087 is beyond the largest currency (604,462,909,807,314,587.353087) once made a real (604462909807315000): write 0m604462909807314587.353087 to keep every digit.
Trace(moGrand, moJuste, moBord)
