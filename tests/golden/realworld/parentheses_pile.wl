// Vérification des parenthèses d'une formule avec un tableau utilisé comme pile
tabFormules est un tableau de chaînes
TableauAjoute(tabFormules, "(a + b) * [c - {d / e}]")
TableauAjoute(tabFormules, "((x)")
TableauAjoute(tabFormules, "f(x]")
TableauAjoute(tabFormules, "sans parenthèse")
TableauAjoute(tabFormules, "a)")

nIndice est un entier
POUR TOUT sFormule DE tabFormules
    nIndice++
    Trace(nIndice + ". " + ContrôleParenthèses(sFormule))
FIN
// expect: 1. équilibrée
// expect: 2. 1 parenthèse(s) non fermée(s)
// expect: 3. ] inattendu en position 4
// expect: 4. équilibrée
// expect: 5. ) inattendu en position 2

PROCÉDURE ContrôleParenthèses(sTexte est une chaîne)
tabPile est un tableau de chaînes
sOuvrants est une chaîne = "([{"
sFermants est une chaîne = ")]}"
POUR i = 1 À Taille(sTexte)
    c est une chaîne = sTexte[[i]]
    SI Position(sOuvrants, c) > 0 ALORS
        TableauAjoute(tabPile, c)
    SINON SI Position(sFermants, c) > 0 ALORS
        SI tabPile..Occurrence = 0 ALORS RENVOYER c + " inattendu en position " + i
        sAttendu est une chaîne = sOuvrants[[Position(sFermants, c)]]
        SI tabPile[tabPile..Occurrence] <> sAttendu ALORS RENVOYER c + " inattendu en position " + i
        TableauSupprime(tabPile, tabPile..Occurrence)
    FIN
FIN
SI TableauOccurrence(tabPile) > 0 ALORS RENVOYER TableauOccurrence(tabPile) + " parenthèse(s) non fermée(s)"
RENVOYER "équilibrée"
