// Agrège : le nom français de Reduce (doc.pcsoft.fr ?1000024744, « Agrège (Fonction) En
// anglais : Reduce ») ; les exemples de la page : la somme de 1..5, les chaînes contenant « e »
tabValeur est un tableau d'entiers = [1, 2, 3, 4, 5]
LaSomme est un entier
LaSomme = Agrège(tabValeur, (Valeur, VariableDeCalculeSomme) => { RENVOYER Valeur + VariableDeCalculeSomme }, 0)
Trace(LaSomme) // expect: 15
tab3 est un tableau de chaînes = ["un", "une", "des", "nos", "leurs"]
soit Cpt = Agrège(tab3, (Source, Total) => { RENVOYER Total + (Source [=] "e" ? 1 SINON 0) }, 0)
Trace(Cpt) // expect: 3
// syntaxe préfixée, sans accent, en majuscules
Trace(tabValeur.Agrège((v, t) => { RENVOYER v * t }, 1)) // expect: 120
Trace(AGREGE(tabValeur, Ajoute1)) // expect: 15
PROCÉDURE Ajoute1(v, total)
RENVOYER v + total
