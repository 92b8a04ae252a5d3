// Un SI sur une ligne dans le code d'une lambda écrit sur une ligne,
// `(x) => { SI c ALORS a }` : le `}` termine la ligne du SI. Avant, l'analyse échouait
// au `}` ("unexpected '}'; expected an expression, ELSE or END").
tabQte est un tableau d'entiers = [3, -1, 0, 7]
nPositifs est un entier
tabQte.Trie(ttFonction, (a, b) => { SI a < b ALORS RENVOYER 1 SINON RENVOYER -1 })
Trace(TableauVersChaîne(tabQte, ";"))                          // expect: 7;3;0;-1
fCompte est une procédure = (q) => { si q > 0 alors nPositifs++ }
POUR TOUT q DE tabQte
    fCompte(q)
FIN
Trace(nPositifs)                                               // expect: 2
fSigne est une procédure = (q) => { SI q > 0 ALORS RENVOYER "+" SINON SI q < 0 ALORS RENVOYER "-" SINON RENVOYER "0" }
Trace(fSigne(5) + fSigne(-2) + fSigne(0))                      // expect: +-0
fAffiche est une procédure = (q) => { SI q = 0 ALORS Trace("zéro") ; Trace("encore") SINON Trace(q) FIN }
fAffiche(0)                                                    // expect: zéro
                                                               // expect: encore
fAffiche(4)                                                    // expect: 4
