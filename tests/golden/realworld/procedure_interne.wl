// PROCÉDURE INTERNE : helpers imbriqués, le code de l'appelant vient après
RapportVentes()
// expect: == Rapport ==
// expect: Nord.........1200
// expect: Sud..........850
// expect: Est..........0
// expect: Total : 2050 (2 région(s) actives)

PROCÉDURE RapportVentes()
tabRégions est un tableau de chaînes = ["Nord", "Sud", "Est"]
tabVentes est un tableau de entiers = [1200, 850, 0]
nActives est un entier

    PROCÉDURE INTERNE Ligne(sLibellé, nValeur)
        SI nValeur > 0 ALORS nActives++
        RENVOYER Complète(sLibellé, 13, ".") + nValeur
    FIN

    PROCÉDURE INTERNE Titre(sTexte est une chaîne)
        Trace("== " + sTexte + " ==")
    FIN

Titre("Rapport")
nTotal est un entier
POUR i = 1 À tabRégions..Occurrence
    Trace(Ligne(tabRégions[i], tabVentes[i]))
    nTotal += tabVentes[i]
FIN
Trace(ChaîneConstruit("Total : %1 (%2 région(s) actives)", nTotal, nActives))
