// Planning hebdomadaire : tableau à deux dimensions (jours x créneaux)
tabPlanning est un tableau de 5 par 3 chaînes
tabJours est un tableau de chaînes = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]
tabCréneaux est un tableau de chaînes = ["Matin", "Midi", "Soir"]

tabPlanning[1, 1] = "Réunion"
tabPlanning[1, 3] = "Sport"
tabPlanning[3, 2] = "Déjeuner client"
tabPlanning[5, 1] = "Revue"
tabPlanning[5, 3] = "Sport"

Trace(TableauOccurrence(tabPlanning, 1) + " jours, " + TableauOccurrence(tabPlanning, 2) + " créneaux") // expect: 5 jours, 3 créneaux

nOccupés est un entier
POUR j = 1 À 5
    sLigne est une chaîne = ""
    POUR c = 1 À 3
        SI tabPlanning[j, c] <> "" ALORS
            sLigne += [" | "] + tabCréneaux[c] + " " + tabPlanning[j, c]
            nOccupés++
        FIN
    FIN
    SI sLigne = "" ALORS sLigne = "libre"
    Trace(Complète(tabJours[j], 9) + ": " + sLigne)
FIN
// expect: Lundi    : Matin Réunion | Soir Sport
// expect: Mardi    : libre
// expect: Mercredi : Midi Déjeuner client
// expect: Jeudi    : libre
// expect: Vendredi : Matin Revue | Soir Sport
Trace(ChaîneConstruit("%1 créneaux occupés sur %2 (%3%%)", nOccupés, 15, Arrondi(nOccupés * 100 / 15))) // expect: 5 créneaux occupés sur 15 (33%)
