// L'indice de TableauSupprime, la taille de fDécoupe et le code d'ErreurPropage donnés par un
// littéral réel : l'exécution le tronque vers zéro, la vérification dit que la partie
// décimale est perdue (WL206). La clé d'un tableau associatif, le texte de fDécoupe (refusé
// en mots) et le message d'ErreurPropage n'y sont pas des nombres : rien n'en est dit.
tabLignes est un tableau de chaînes = ["a", "b", "c"]
TableauSupprime(tabLignes, 1.75) // warning: WL206:28 TableauSupprime expects an integer as parameter 2: 1.75 is read as 1, its decimal part is lost
Trace(tabLignes[1])
taTaux est un tableau associatif de réels
taTaux["eur"] = 1.08
taTaux["usd"] = 1
TableauSupprime(taTaux, "eur")
taCodes est un tableau associatif de chaînes
taCodes[2] = "deux"
TableauSupprime(taCodes, 2)
Trace(TableauOccurrence(taTaux), TableauOccurrence(taCodes))
sFichier est une chaîne = fRepTemp() + "/a_decouper.txt"
fSauveTexte(sFichier, "0123456789")
Trace(fDécoupe(sFichier, 4.5)) // warning: WL206:26 fDécoupe expects an integer as parameter 2: 4.5 is read as 4, its decimal part is lost
ErreurPropage(12.5, "Stock trop bas") // warning: WL206:15 ErreurPropage expects an integer as parameter 1: 12.5 is read as 12, its decimal part is lost
Trace(ErreurInfo(errCode))
ErreurPropage("Stock trop bas")
Trace(ErreurInfo(errMessage))
POUR i = 1 À 3
    fSupprime(sFichier + "." + NumériqueVersChaîne(i, "03d"))
FIN
fSupprime(sFichier)
