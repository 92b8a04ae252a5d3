// Une partie de la Durée, Date, Heure ou DateHeure qu'un Variant tient se change comme
// celle d'une variable déclarée (`v..Minute = 5`, `v..Jour += 1` : elle reporte) et le
// Variant garde le genre ; l'exécution s'arrêtait sur « A value of type duration has no
// member 'Minute' ». (docs/semantics.md "Parts of a value a Variant holds")
v est un Variant = 3 min 30 s
v..Minute = 5
Trace(v)   // expect: 5 min 30 s
v..EnSecondes = 90
Trace(v, TypeVar(v) = wlDurée)   // expect: 1 min 30 s, 1
dÉchéance est une Date = "20240131"
v = dÉchéance
v..Jour = 15
v..Mois += 1
Trace(v, TypeVar(v) = wlDate)   // expect: 20240215, 1
v = "20240105103000"
dhDébut est une DateHeure = v
v = dhDébut
v..Heure += 15
Trace(DateHeureVersChaîne(v, "JJ/MM/AAAA HH:MM"))   // expect: 06/01/2024 01:30
Montre(2 h)
v = 3 min
v..Année = 2   // expect error: A Duration has no property 'Année' to set: its parts are Day, Hour, Minute, Second and Millisecond, and InDays, InHours, InMinutes, InSeconds and InMilliseconds give it in one unit (in French Jour, Heure, Minute, Seconde, Milliseconde, EnJours, EnHeures...).

PROCÉDURE Montre(p)
p..Minute = 45
Trace(p)   // expect: 2 h 45 min
