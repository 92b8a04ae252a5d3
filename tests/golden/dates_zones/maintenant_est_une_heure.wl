// Maintenant / HeureSys donnent une Heure, DateDuJour / DateSys une Date (INFERRED,
// docs/semantics.md "Now and DateSys are a Time and a Date" ; l'exemple de ?1514040
// additionne DateSys() + HeureSys() comme une Date et une Heure). Une DateHeure qui
// reçoit Maintenant() est cette heure aujourd'hui (l'année était 1129), et TypeVar d'un
// appel dit ce que dit un Variant qui reçoit cet appel.
dh est une DateHeure = Maintenant()
Trace(dh..Date = DateSys(), dh..Année = DateDuJour()..Année) // expect: 1, 1
Trace(Gauche(dh..Heure, 4) = Gauche(Maintenant(), 4) OU dh..Heure < Maintenant()) // expect: 1
Trace(TypeVar(Maintenant()) = wlHeure, TypeVar(HeureSys()) = wlHeure) // expect: 1, 1
Trace(TypeVar(DateSys()) = wlDate, TypeVar(DateDuJour()) = wlDate) // expect: 1, 1
v est un Variant = DateSys()
Trace(TypeVar(v) = TypeVar(DateSys())) // expect: 1
v = Maintenant()
Trace(TypeVar(v) = TypeVar(Maintenant())) // expect: 1
s est une chaîne = Maintenant()
Trace(Taille(s), Taille(DateSys() + HeureSys()), Taille("à " + Maintenant())) // expect: 8, 16, 10
