// Une procédure lambda typée : paramètres typés comme ceux d'une PROCÉDURE, et type du
// résultat après les parenthèses, `(a est un entier) : entier => ...` (INFERRED : la
// section "Procédure lambda typée" de la page ?1514084 n'est pas dans la copie stockée ;
// la forme est celle d'un en-tête de PROCÉDURE). Le résultat est converti dans son type.
tabPrix est un tableau d'entiers = [50, 30, 10, 90]
tabPrix.Trie(ttFonction, (a est un entier, b est un entier) : entier => { RENVOYER b - a })
Trace(TableauVersChaîne(tabPrix, ";"))                // expect: 90;50;30;10
fMoitie est une procédure = (n est un entier) : entier => n / 4
Trace(fMoitie(10))                                     // expect: 2
fLibellé est une Procédure = (n entier, LOCAL s est une chaîne) : chaîne => { RENVOYER s + "#" + n }
Trace(fLibellé(7, "Article"))                         // expect: Article#7
fAucun est une procédure = () : booléen => 1
Trace(fAucun())                                        // expect: 1
