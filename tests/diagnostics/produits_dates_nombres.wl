// Une Date multipliée ou une durée divisant un nombre, écrites avec un nombre littéral :
// WL113 avec les mots de l'exécution, comme entre deux variables
dEchéance est une Date = "20261203"
duCréneau est une Durée = 90 min
PROCÉDURE Refusés()
Trace(dEchéance * 2) // error: WL113:7 A Date cannot be multiplied by a number (a Date is moved by adding or subtracting a number of days or a Duration)
Trace(10 % duCréneau) // error: WL113:12 A number cannot be divided (%) by a Duration (a Duration can be divided by a number, not a number by a Duration)
PROCÉDURE Calculés()
Trace(duCréneau * 2, duCréneau / 3, dEchéance - 1)
