// Une propriété qu'un Buffer n'a pas, affectée à un Buffer, arrête l'exécution en
// nommant le Buffer (elle disait "A string has no property 'Foo'") ; la vérification le
// dit avant (WL109), comme pour une variable chaîne
b est un Buffer = "abc"
b.Truc = 1 // error: WL109:3 A Buffer has no property 'Truc'
b..Machin = 2 // error: WL109:4 A Buffer has no property 'Machin'
