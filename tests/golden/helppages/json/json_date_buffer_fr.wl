// Page d'aide "JSON (Type de variable)" (?1000023611) : une date affectée à une variable
// JSON "est convertie en chaîne au format RFC" ; page "Buffer (Type de variable)"
// (?1514042) : les Buffer sont encodés en base64 en JSON. La forme RFC 3339 est notre
// lecture (la page ne montre pas de valeur).
dDate est une Date = "20240115"
hHeure est une Heure = "103000"
dhMoment est une DateHeure = "20240115103000000"
bufDonnées est un Buffer = "ABC"
vJSON est un JSON
vJSON = dDate
Trace(JSONVersChaîne(vJSON))            // expect: "2024-01-15"
Commande est un JSON
Commande.Date = dDate
Commande.Heure = hHeure
Commande.Moment = dhMoment
Commande.Données = bufDonnées
Trace(JSONVersChaîne(Commande))         // expect: {"Date":"2024-01-15","Heure":"10:30:00","Moment":"2024-01-15T10:30:00","Données":"QUJD"}
