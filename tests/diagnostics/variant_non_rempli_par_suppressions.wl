// Seules les fonctions qui donnent un tableau à un Variant qui n'en tient pas
// (TableauAjoute, TableauInsère, TableauAjouteTrié, TableauAjouteLigne) l'affectent. Les
// autres arrêtent l'exécution dessus ("expects an array, not a value of type Null") :
// le Variant reste WL204.
vTout est un Variant // warning: WL204:1 'vTout' is used but never assigned: it always holds its default value
TableauSupprimeTout(vTout)
vUn est un Variant // warning: WL204:1 'vUn' is used but never assigned: it always holds its default value
TableauSupprime(vUn, 1)
vDouble est un Variant // warning: WL204:1 'vDouble' is used but never assigned: it always holds its default value
TableauSupprimeDoublon(vDouble)
vLigne est un Variant // warning: WL204:1 'vLigne' is used but never assigned: it always holds its default value
TableauSupprimeLigne(vLigne, 1)
vForme est un Variant // warning: WL204:1 'vForme' is used but never assigned: it always holds its default value
Dimension(vForme, 3)
vTrié est un Variant
TableauAjouteTrié(vTrié, 3)
vAjout est un Variant
TableauAjouteLigne(vAjout, 1)
Trace(vTrié[1], vAjout[1])
Vider()

PROCÉDURE Vider()
vLignes est un Variant // warning: WL204:1 'vLignes' is used but never assigned: it always holds its default value
TableauSupprimeTout(vLignes)
Trace(TableauOccurrence(vLignes))
