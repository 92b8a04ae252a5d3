// Le nom d'une classe ou d'une structure là où une valeur est attendue (TypeVar, une
// affectation) : une erreur WLangage au nom quand la ligne s'exécute
Point est une Structure
    x est un entier
FIN
p est un Point
p.x = 4
Trace(p.x, TypeVar(p) = wlStructure) // expect: 4, 1
Trace(TypeVar(Point)) // expect error: 'Point' is a class or structure, not a variable
