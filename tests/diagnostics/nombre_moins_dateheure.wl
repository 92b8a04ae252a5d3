// Un nombre moins une DateHeure, par `-` ou `-=` : WL113 avec les mots de l'exécution, sous
// la DateHeure (l'exécution s'y arrête ; check ne disait rien de `-=`). Une DateHeure moins
// un nombre, un nombre plus une DateHeure, un nombre moins une Date ou une Durée se calculent.
dhCommande est une DateHeure = "20251207103000000"
dCommande est une Date = "20251207"
duAttente est une Durée = 90 min
nJours est un entier = 5
nJours -= dhCommande // error: WL113:11 A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days)
Trace(3 - dhCommande) // error: WL113:11 A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days)
duAttente -= dCommande // error: WL113:14 A Date cannot be subtracted from a Duration (a Duration can be subtracted from a Date)
dhCommande -= nJours
dhCommande -= duAttente
nJours -= dCommande
Trace(dhCommande - 1, nJours)
