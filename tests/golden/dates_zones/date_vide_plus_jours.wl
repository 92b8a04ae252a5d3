// Ajouter des jours à une Date vide (`d = ""`) est une erreur qui nomme la Date vide,
// comme lire une de ses parties (docs/semantics.md "An empty Date") : `d + 30` donnait
// le texte "30".
dEchéance est une Date = "20240131"
Trace(dEchéance + 30, dEchéance - 31) // expect: 20240301, 20231231
dEchéance = ""
Trace(dEchéance = "") // expect: 1
Trace(dEchéance - 2) // expect error: days cannot be added to it or taken from it
