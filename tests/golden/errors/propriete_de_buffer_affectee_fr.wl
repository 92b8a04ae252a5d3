// Une propriété qu'un Buffer n'a pas, affectée à un Buffer, arrête l'exécution en
// nommant le Buffer (elle disait "A string has no property 'Foo'" : sa valeur est tenue
// comme un texte) ; `wl check` le dit avant (WL109)
b est un Buffer = "abc"
Trace(b) // expect: abc
b.Truc = 1 // expect error: A Buffer has no property 'Truc'.
