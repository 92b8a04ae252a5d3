// une Heure ôtée d'une Date ou d'une DateHeure (ou l'inverse), ou une date ôtée d'une
// Durée : WL113, avec les mots de l'erreur à l'exécution
dÉchéance est une Date = "20261203"
hCréneau est une Heure = "1030"
dhMaintenant est une DateHeure = "20261203120000"
Trace(dhMaintenant - hCréneau) // error: WL113:22 A Time cannot be subtracted from a DateTime: a Time has no date (subtract a Duration, or make both DateTimes)
Trace((dhMaintenant - dÉchéance)..EnHeures)
