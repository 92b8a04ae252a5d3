// La différence de deux Dates est un nombre de jours : TypeVar répond wlEntier (il
// disait wlVariant, un type qu'aucune valeur n'a), elle-même, dans un Variant et par
// ..Type ; rangée dans une Durée c'est une Durée de jours entiers.
dDébut est une Date = "20250301"
dFin est une Date = "20250315"
Trace(dFin - dDébut, TypeVar(dFin - dDébut) = wlEntier, (dFin - dDébut)..Type = wlEntier) // expect: 14, 1, 1
vÉcart est un Variant = dFin - dDébut
Trace(vÉcart, TypeVar(vÉcart) = wlEntier) // expect: 14, 1
duÉcart est une Durée = dFin - dDébut
Trace(duÉcart..EnJours, TypeVar(duÉcart) = wlDurée) // expect: 14, 1
nJours est un entier = dFin - dDébut
Trace(nJours, TypeVar(nJours) = wlEntier) // expect: 14, 1
