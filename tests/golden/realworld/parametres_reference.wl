// Passage des paramètres : par référence par défaut, LOCAL par valeur, valeurs par défaut
nCompteur est un entier = 10
Incrémente(nCompteur)
Trace(nCompteur) // expect: 11
Incrémente(nCompteur, 5)
Trace(nCompteur) // expect: 16
IncrémenteCopie(nCompteur)
Trace(nCompteur) // expect: 16
Incrémente(nCompteur + 0) // une expression : rien n'est écrit en retour
Trace(nCompteur) // expect: 16

// élément de tableau et membre de structure passés par référence
tabScores est un tableau de entiers = [1, 2, 3]
Incrémente(tabScores[2], 40)
Trace(tabScores[2]) // expect: 42

STClient est une Structure
    sNom est une chaîne
    nPoints est un entier
FIN
cli est un STClient
cli.sNom = "Léa"
Incrémente(cli.nPoints, 100)
Trace(cli.sNom + " : " + cli.nPoints) // expect: Léa : 100

// tableau modifié par la procédure, même en LOCAL ? non : LOCAL copie le tableau
VideTableau(tabScores)
Trace(tabScores..Occurrence) // expect: 3
AjouteBonus(tabScores)
Trace(tabScores..Occurrence, tabScores[4]) // expect: 4, 99

Trace(Salutation("Martin"))            // expect: Bonjour M. Martin
Trace(Salutation("Durand", "Mme"))     // expect: Bonjour Mme Durand

PROCÉDURE Incrémente(n, nPas est un entier = 1)
n += nPas

PROCÉDURE IncrémenteCopie(LOCAL n est un entier)
n++

PROCÉDURE VideTableau(LOCAL tab est un tableau de entiers)
TableauSupprimeTout(tab)

PROCÉDURE AjouteBonus(tab est un tableau de entiers)
TableauAjoute(tab, 99)

PROCÉDURE Salutation(sNom est une chaîne, sCivilité est une chaîne = "M.")
RENVOYER "Bonjour " + sCivilité + " " + sNom
