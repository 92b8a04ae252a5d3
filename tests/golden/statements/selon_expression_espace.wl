// SELON (v, ...) comme expression, avec une espace avant la parenthèse
x est un entier = 1
Trace(SELON (x, "un", "deux", SINON "autre")) // expect: un
