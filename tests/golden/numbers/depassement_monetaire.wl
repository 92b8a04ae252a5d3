// Un monétaire va de -604 462 909 807 314 587,353087 à +604 462 909 807 314 587,353087
// (VERIFIED, "Monétaire (Type de variable)" ?1514043). Une valeur au-delà rangée dans un
// monétaire (un littéral, un produit, un cumul) est l'erreur capturable "Numeric overflow"
// (errCode 1003), comme pour un réel hors de sa plage ; elle était gardée sans un mot
// (docs/semantics.md, "Numbers out of range").
moLimite est un monétaire = 0m604462909807314587.353087
Trace(moLimite) // expect: 604462909807314587.353087
moLimite = -moLimite
Trace(moLimite) // expect: -604462909807314587.353087
moTotal est un MONETAIRE = 500000000000000000
QUAND EXCEPTION DANS
    moTotal += moTotal
FAIRE
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 1000000000000000000 is beyond the largest currency (604,462,909,807,314,587.353087).
FIN
Trace(moTotal) // expect: 500000000000000000
QUAND EXCEPTION DANS
    moTotal = moTotal * -2
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: -1000000000000000000 is beyond the smallest currency (-604,462,909,807,314,587.353087).
FIN
// un réel très au-delà est nommé en exposant, pas par ses 309 chiffres
QUAND EXCEPTION DANS
    rLoin est un réel = -1.5e300
    moTotal = rLoin
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: -1.5e+300 is beyond the smallest currency (-604,462,909,807,314,587.353087).
FIN
moGrand est un monétaire = 99999999999999999999999 // expect error: Numeric overflow: 99999999999999999999999 is beyond the largest currency (604,462,909,807,314,587.353087).
