// Une Date, une Heure ou une Durée rangée dans un entier trop petit pour son nombre (les
// chiffres AAAAMMJJ d'une Date, les centièmes de seconde depuis minuit d'une Heure, les
// millisecondes d'une Durée) est l'erreur capturable "Numeric overflow" en mots qui la
// nomment, comme les chiffres d'une DateHeure : ils étaient repliés comme des bits (583,
// -96, -8960 : des nombres sans sens). Celle qui tient est rangée.
// INFERRED : docs/semantics.md "A Date, Time or Duration stored into a small integer".
dCommande est une Date = "20251207"
hDébut est une Heure = "12300000"
duTrajet est une Durée = 2 h
QUAND EXCEPTION DANS
    nJour est un entier sur 2 octets = dCommande
    Trace(nJour)
FAIRE
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207 is beyond the largest 2-byte int (32,767): a Date's digits (YYYYMMDD) need an int.
FIN
QUAND EXCEPTION DANS
    nMini est un entier sur 1 octet = hDébut
    Trace(nMini)
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 4500000 is beyond the largest 1-byte int (127): a Time's hundredths of a second since midnight need an int.
FIN
QUAND EXCEPTION DANS
    nTrajet est un entier sur 2 octets = duTrajet
    Trace(nTrajet)
FAIRE
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 7200000 is beyond the largest 2-byte int (32,767): a Duration's milliseconds need an int.
FIN
nLarge est un entier sans signe sur 4 octets = dCommande
Trace(nLarge) // expect: 20251207
nLong est un entier sur 8 octets = hDébut
Trace(nLong) // expect: 4500000
hTôt est une Heure = "00000100"
nTôt est un entier sur 1 octet = hTôt
Trace(nTôt) // expect: 100
STLigne est une Structure
    nJour est un entier sur 2 octets
FIN
stLigne est un STLigne
QUAND EXCEPTION DANS
    stLigne.nJour = dCommande
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207 is beyond the largest 2-byte int (32,767): a Date's digits (YYYYMMDD) need an int.
FIN
tabPetits est un tableau de 2 entiers sur 2 octets
QUAND EXCEPTION DANS
    tabPetits[1] = hDébut
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 4500000 is beyond the largest 2-byte int (32,767): a Time's hundredths of a second since midnight need an int.
FIN
vGardé est un Variant = dCommande
QUAND EXCEPTION DANS
    stLigne.nJour = vGardé
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: 20251207 is beyond the largest 2-byte int (32,767): a Date's digits (YYYYMMDD) need an int.
FIN
Trace(stLigne.nJour, tabPetits[1]) // expect: 0, 0
