// Contient : la chaîne contient-elle la sous-chaîne ? Options de Position.
Trace(Contient("Précisez l'action", "action"), Contient("Précisez l'action", "ACTION")) // expect: 1, 0
Trace(contient("Précisez l'action", "ACTION", SansCasse)) // expect: 1
Trace(Contient("précisez", "precisez", ccSansAccent)) // expect: 1
