// Un nombre moins une DateHeure n'a pas de sens et arrête l'exécution en mots, par `-`
// ou `-=` (elle s'arrêtait en disant "'5' is not a valid datetime") ; `wl check` le dit
// aussi (WL113). Une DateHeure moins un nombre recule d'autant de jours ; un nombre moins
// une Date est le nombre moins ses chiffres, moins une Durée le nombre moins ses
// millisecondes. INFERRED : docs/semantics.md "A number minus a DateTime".
dhCommande est une DateHeure = "20251207103000000"
dCommande est une Date = "20251207"
duAttente est une Durée = 90 min
nJours est un entier = 5
dhCommande -= nJours
Trace(dhCommande) // expect: 20251202103000000
dhCommande -= duAttente
Trace(dhCommande) // expect: 20251202090000000
nJours -= dCommande
Trace(nJours) // expect: -20251202
sLibellé est une chaîne = "le "
sLibellé += dhCommande
Trace(sLibellé) // expect: le 20251202090000000
rTaux est un réel = 2.5
Trace(rTaux - dhCommande) // expect error: A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days).
