// Un Variant qui reçoit le résultat d'une fonction qui renvoie une DateHeure
// (DateHeureSys, EpochVersDateHeure, DateHeureLocaleVersUTC, DateHeureUTCVersLocale,
// RéelVersDateHeure) garde une DateHeure, comme s'il recevait une variable DateHeure :
// TypeVar répond wlDateHeure et ses parties se lisent (il gardait une chaîne : wlChaîne,
// "no property 'Date'"). De même une variable déclarée par `soit`, qui prend le type du
// résultat de la fonction (?3087003).
vHorodatage est un Variant = DateHeureSys()
Trace(TypeVar(vHorodatage) = wlDateHeure, Taille(vHorodatage..PartieDate)) // expect: 1, 8
Trace(RécupèreDéfinition(DateHeureSys()).Nom) // expect: datetime
vEpoch est un Variant = EpochVersDateHeure(86400)
Trace(vEpoch..Année, vEpoch..Jour, vEpoch..Heure) // expect: 1970, 2, 0
soit xEpoch = EpochVersDateHeure(90000)
Trace(TypeVar(xEpoch) = wlDateHeure, xEpoch..Heure, xEpoch..PartieDate) // expect: 1, 1, 19700102
sHorodatage est une chaîne = EpochVersDateHeure(0)
Trace(sHorodatage, TypeVar(sHorodatage) = wlChaîne) // expect: 19700101000000000, 1
