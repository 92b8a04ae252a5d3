// Un texte littéral qui ne nomme aucune date ni heure, rangé dans une Date, une Heure ou
// une DateHeure, est gardé tel quel, une valeur invalide : WL206 le dit à la variable
// (le contrôle ne disait rien ; "12/03/2025" est l'erreur courante, une date française
// écrite comme on l'affiche). Les formes qu'une affectation lit, un texte vide et
// "00000000" ne sont pas signalés.
dFacture est une Date = "12/03/2025" // warning: WL206:1 'dFacture' is a Date: the text "12/03/2025" names no date (DateValid gives False for it) and is kept as it is; a Date is written "YYYYMMDD" or "2025-03-12"; StringToDate reads other forms
dFacture = "20250230" // warning: WL206:1 'dFacture' is a Date: the text "20250230" names no date (DateValid gives False for it) and is kept as it is; a Date is written "YYYYMMDD" or "2025-03-12"; StringToDate reads other forms
hDébut est une heure = "25:00" // warning: WL206:1 'hDébut' is a Time: the text "25:00" names no time (TimeValid gives False for it) and is kept as it is; a Time is written "HHMMSS", "HHMMSSCC" or "10:30:00"
dhRéunion est une DateHeure = "2025-13-01T10:00:00" // warning: WL206:1 'dhRéunion' is a DateTime: the text "2025-13-01T10:00:00" names no date and time (DateTimeValid gives False for it) and is kept as it is; a DateTime is written "YYYYMMDDHHMMSS" or "2025-03-12T10:30:00"
dBonne est une date = "2025-03-12"
dBonne = "20240229"
dAucune est une Date = "00000000"
dAucune = ""
hBonne est une Heure = "10:30"
dhBonne est une DateHeure = "202503121030"
Trace(dFacture, hDébut, dhRéunion, dBonne, dAucune, hBonne, dhBonne)
