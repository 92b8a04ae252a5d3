// Une Date multipliée ou une durée divisant un nombre, écrites avec un nombre littéral :
// WL113 avec les mots de l'exécution, comme entre deux variables ; de même avec une durée
// littérale (`90 min * dEchéance`, `2 h - dEchéance` : rien n'était signalé)
dEchéance est une Date = "20261203"
duCréneau est une Durée = 90 min
PROCÉDURE Refusés()
Trace(dEchéance * 2) // error: WL113:7 A Date cannot be multiplied by a number (a Date is moved by adding or subtracting a number of days or a Duration)
Trace(10 % duCréneau) // error: WL113:12 A number cannot be divided (%) by a Duration (a Duration can be divided by a number, not a number by a Duration)
Trace(90 min * dEchéance) // error: WL113:16 A Duration cannot be multiplied by a Date (a Date is moved by adding or subtracting a number of days or a Duration)
Trace(2 h - DECHEANCE) // error: WL113:13 A Date cannot be subtracted from a Duration (a Duration can be subtracted from a Date)
Trace(dEchéance % 1 j) // error: WL113:7 A Date cannot be divided (%) by a Duration (a Date is moved by adding or subtracting a number of days or a Duration)
PROCÉDURE Calculés()
Trace(duCréneau * 2, duCréneau / 3, dEchéance - 1, dEchéance - 90 min, 2 j * 3)
