// `entier ?` (le `?` à part) est l'entier nullable `entier?` ("Autoriser les types
// nullables" ?1511031) : des blancs n'y séparent pas de mots (docs/semantics.md "The null
// operators").
nEspacé est un entier ?
Trace(nEspacé = Null) // expect: 1
nEspacé = 4
Trace(nEspacé ?? 9) // expect: 4
