// Une Durée rangée dans une Date ou une DateHeure (variable, paramètre, littéral) : l'exécution
// s'arrête là ; WL110 le dit avant, avec les mêmes mots. Une Heure la prend (autant après
// minuit) et une Date plus une Durée est un moment : rien n'est dit.
duAttente est une Durée = 2 h
dJour est une Date = duAttente // error: WL110:1 A Duration (duAttente) cannot be stored into a Date: it is a length of time, not a moment; add it to one (dStart + du)
dhFin est une DateHeure
dhFin = duAttente // error: WL110:1 A Duration (duAttente) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du)
dhFin = 1 min // error: WL110:1 A Duration (1 min) cannot be stored into a DateTime: it is a length of time, not a moment; add it to one (dtStart + du)
hDébut est une Heure = duAttente
dhFin = dhFin + duAttente
Trace(dJour, dhFin, hDébut)
