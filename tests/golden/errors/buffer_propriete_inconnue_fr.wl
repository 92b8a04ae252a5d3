// Une propriété qu'un Buffer n'a pas, lue avec `..` ou `.` : l'exécution s'arrête à son nom
// en nommant un Buffer, comme `wl check` le dit avant (WL109) ; elle disait "A string has no
// property", et check ne disait rien. ..Taille est celle d'un Buffer (ses octets).
bufDonnées est un Buffer = "abc"
Trace(bufDonnées..Taille) // expect: 3
Trace(bufDonnées.Couleur) // expect error: A Buffer has no property 'Couleur'.
