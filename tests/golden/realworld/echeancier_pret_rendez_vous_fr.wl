// Code métier (méthode b, sans page) : l'échéancier mensuel d'un prêt à intérêts composés
// (Puissance), chaque échéance au dernier jour de son mois, le rendez-vous du client écrit
// sur 12 heures ("HH:mm AP") et relu, la couleur de l'agence pour l'impression, et un
// rappel rangé dans une structure : les endroits que touchent les décisions de V du
// 6 décembre 2026 au soir.
STRappel est une Structure
    dÉchéance est une Date
    nNuméroJour est un entier
    cEncre est une Couleur
FIN
mCapital est un monétaire = 12000
rTauxAnnuel est un réel = 0.042
nMois est un entier = 6
rTauxMensuel est un réel = rTauxAnnuel / 12
// l'annuité : capital * r / (1 - (1 + r) ^ -n)
mMensualité est un monétaire = Arrondi(mCapital * rTauxMensuel / (1 - Puissance(1 + rTauxMensuel, -nMois)), 2)
Trace(NumériqueVersChaîne(mMensualité, "8.2f")) // expect:  2024.57
mDû est un monétaire = Arrondi(mCapital * Puissance(1 + rTauxMensuel, nMois), 2)
Trace(mDû, TypeVar(Puissance(1 + rTauxMensuel, nMois)) = wlRéel) // expect: 12254.22, 1
dDébut est une Date = "20261206"
tabÉchéances est un tableau de Dates
POUR i = 1 À 3
    TableauAjoute(tabÉchéances, DernierJourDuMois(dDébut + 31 * i - 31))
FIN
Trace(tabÉchéances[1], tabÉchéances[2], tabÉchéances[3]) // expect: 20261231, 20270131, 20270228
hRendezVous est une Heure = "15:30"
sAffiché est une chaîne = HeureVersChaîne(hRendezVous, "HH:mm AP")
Trace(sAffiché, ChaîneVersHeure(sAffiché, "HH:mm AP") = hRendezVous) // expect: 03:30 PM, 1
stRappel est un STRappel
stRappel.dÉchéance = tabÉchéances[2]
stRappel.nNuméroJour = DateVersEntier(stRappel.dÉchéance)
stRappel.cEncre = TSL(210, 60, 40)
Trace(stRappel.dÉchéance, stRappel.nNuméroJour > 0, RVBVersHTML(stRappel.cEncre), stRappel.cEncre.Bleu) // expect: 20270131, 1, #2966A3, 163
// un import mal saisi : une heure impossible gardée dans une Date s'arrête avant d'être numérotée
dImportée est une Date = "2027-01-31T24:10:00"
QUAND EXCEPTION DANS
    stRappel.nNuméroJour = dImportée
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: The Date "2027-01-31T24:10:00" is not a valid date (DateValid gives False for it): it cannot be stored into a number.
FIN
