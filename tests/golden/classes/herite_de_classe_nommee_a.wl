// `hérite de A` : une classe peut s'appeler A (le `A` de `[2 A]` est un mot souple), et
// De aussi. `inherits from A` était une erreur de syntaxe (« unexpected 'from' »)
// alors que `A is Class` était accepté.
A est une Classe
    x est un entier
FIN
De est une Classe
    hérite de A
FIN
o est un De
o.x = 4
Trace(o.x) // expect: 4
