// Comptage des mots d'un texte avec un tableau associatif
sTexte est une chaîne = "Le chat et le chien. Le chat dort ; le chien aboie !"
taCompte est un tableau associatif de entiers
tabOrdre est un tableau de chaînes

// nettoyage de la ponctuation
tabSignes est un tableau de chaînes = [".", ";", "!", ","]
POUR TOUT sSigne DE tabSignes
    sTexte = Remplace(sTexte, sSigne, " ")
FIN

POUR TOUTE CHAÎNE sMot DE sTexte SÉPARÉE PAR " "
    SI sMot = "" ALORS CONTINUER
    sMot = Minuscule(sMot)
    SI PAS taCompte[sMot]..Existe ALORS
        TableauAjoute(tabOrdre, sMot)
        taCompte[sMot] = 0
    FIN
    taCompte[sMot]++
FIN

POUR TOUT sMot DE tabOrdre
    Trace(sMot + " = " + taCompte[sMot])
FIN
// expect: le = 4
// expect: chat = 2
// expect: et = 1
// expect: chien = 2
// expect: dort = 1
// expect: aboie = 1
Trace("Mots distincts : " + taCompte..Occurrence) // expect: Mots distincts : 6
