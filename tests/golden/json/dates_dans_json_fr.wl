// Une Date, une Heure ou une DateHeure donnée à VariantVersJSON ou Sérialise (psdJSON)
// s'écrit au format RFC 3339, comme le membre d'une variable JSON (c'étaient ses chiffres).
dÉchéance est une Date = "20240115"
hÀ est une Heure = "1030"
Trace(VariantVersJSON(dÉchéance), VariantVersJSON(hÀ)) // expect: "2024-01-15", "10:30:00"
bufÉchéance est un Buffer
Sérialise(dÉchéance, bufÉchéance, psdJSON)
Trace(bufÉchéance) // expect: "2024-01-15"
