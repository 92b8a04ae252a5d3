// Une procédure déclarée avec un seul type de résultat dont le RENVOYER donne deux
// valeurs arrête l'exécution à ce RENVOYER, avec les mots que `wl check` y dit (WL110,
// tests/diagnostics/un_type_de_resultat_plusieurs_valeurs.wl) ; la vérification le
// disait à l'appel
Trace("début") // expect: début
x est une chaîne = Paire()
Trace(x)

PROCÉDURE Paire() : chaîne
RENVOYER ("a", "b") // expect error: A value of type several values (RESULT (a, b): receive them with (x, y) = ...) cannot be converted to a string
