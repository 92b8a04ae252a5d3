// Une valeur donnée à une rubrique monétaire est rangée comme une variable monétaire la
// range (runtime/stored_numbers.py co_currency) : un réel garde ses 15 chiffres
// significatifs et une valeur hors de la plage du monétaire est le dépassement numérique
// que l'on peut capturer. La rubrique gardait les 17 chiffres du double
// (1234567890.123457), la variable 1234567890.12346 : l'enregistrement n'était ni égal à
// la variable ni trouvé par elle ; un entier de 30 chiffres était rangé entier.
fd est une Description de Fichier
rub est une Description de Rubrique
fd..Nom = "Paie"
rub..Nom = "Montant"
rub..Type = hRubMonétaire
HDécritRubrique(fd, rub)
HDécritFichier(fd)
HCréation(Paie)
Paie.Montant = 1234567890.123456789
HAjoute(Paie)
m est un monétaire = 1234567890.123456789
POUR TOUT Paie
	Trace(Paie.Montant, Paie.Montant = m)              // expect: 1234567890.12346, 1
FIN
Trace(HLitRecherchePremier(Paie, Montant, m), HTrouve(Paie))   // expect: 1, 1
Paie.Montant = 12345678901234567.25
m = 12345678901234567.25
Trace(Paie.Montant, m)                                 // expect: 12345678901234600, 12345678901234600
Paie.Montant = Val("123456789012345678901234567890")
// expect error: Numeric overflow: 123456789012345678901234567890 is beyond the largest currency (604,462,909,807,314,587.353087).
