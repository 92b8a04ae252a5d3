// Un Variant contenant un numérique rencontre les Dates, Heures et Durées comme un
// nombre : un nombre divisé par une Durée, une Date multipliée par un nombre sont refusés
// avec les mots d'un nombre (le numérique du Variant donnait 0 pour vTaux / du, « Modulo
// by zero » pour du % vTaux, et était « a value ») ; un monétaire divisé par une Heure
// compte avec ses 6 décimales (il montrait 44 chiffres).
nTaux est un numérique = 0.5
vTaux est un Variant = nTaux
du est une Durée = 90 min
dJour est une Date = "20250315"
moFrais est un monétaire = 1.25
hDébut est une Heure = "1030"
QUAND EXCEPTION DANS
	Trace(vTaux / du)
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: A number cannot be divided by a Duration (a Duration can be divided by a number, not a number by a Duration).
FIN
QUAND EXCEPTION DANS
	Trace(du % vTaux)
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: A Duration cannot be divided (%) by a number (take the remainder of a Duration by another Duration, or of its ..InSeconds by a number).
FIN
QUAND EXCEPTION DANS
	Trace(dJour * vTaux)
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: A Date cannot be multiplied by a number (a Date is moved by adding or subtracting a number of days or a Duration).
FIN
Trace(du * vTaux, moFrais / hDébut, moFrais * hDébut) // expect: 45 min, 0, 4725000
