// Un nombre littéral passé à un paramètre déclaré entier, hors de sa plage : l'exécution
// s'arrête sur "Numeric overflow" pour un réel (ou un texte lu comme tel), le contrôle le
// dit dans ses mots, comme pour une variable (litteral_entier_hors_plage.wl) ; un entier
// littéral déborde, et le contrôle dit ce qui est rangé. Un paramètre LOCAL aussi.
Payer(1e19) // error: WL110:7 Numeric overflow: 10000000000000000000 is beyond the largest int (2,147,483,647).
Payer(4294967301) // warning: WL206:7 the parameter 'nMontant' of Payer cannot hold 4294967301: beyond its range (-2,147,483,648 to 2,147,483,647), the integer wraps and is stored as 5
PAYER(-3.5e9) // error: WL110:7 Numeric overflow: -3500000000 is beyond the smallest int (-2,147,483,648).
PayerCopie("1e19") // error: WL110:12 Numeric overflow: 10000000000000000000 is beyond the largest int (2,147,483,647).
Payer(5)
PayerCopie(1e9)
PayerLong(1e18)

PROCÉDURE Payer(nMontant est un entier)
Trace(nMontant)

PROCEDURE PayerCopie(LOCAL nMontant est un entier)
Trace(nMontant)

PROCEDURE PayerLong(nMontant est un entier sur 8 octets)
Trace(nMontant)
