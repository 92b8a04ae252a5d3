// Ajouter des jours à une Date vide (`d = ""`) est une erreur qui nomme la Date vide,
// comme lire une de ses parties (docs/semantics.md "An empty Date") : `d + 30` donnait
// le texte "30".
dEchéance est une Date = "20240131"
Trace(dEchéance + 30, dEchéance - 31) // expect: 20240301, 20231231
dEchéance = ""
Trace(dEchéance = "") // expect: 1
// un nombre de jours sur 8 octets aussi (c'était "01/01/2000 + 9000000000 day(s)...")
nGrand est un entier sur 8 octets = 9000000000
QUAND EXCEPTION DANS
    Trace(nGrand + DECHEANCE)
FAIRE
    Trace(ExceptionInfo()) // expect: The Date is empty (""): days cannot be added to it or taken from it; give it a date first (for example Today()).
FIN
Trace(dEchéance - 2) // expect error: days cannot be added to it or taken from it
