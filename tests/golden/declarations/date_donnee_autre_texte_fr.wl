// Une Date qui reçoit un texte qui ne nomme aucun jour ("2024xx05") le garde comme Date
// invalide (DateValide donne Faux) ; lui ajouter des jours s'arrête en la nommant
// (`d + 1` donnait "2024xx051").
dÉchéance est une Date = "2024xx05"
Trace(DateValide(dÉchéance)) // expect: 0
dÉchéance = dEcheance + 1 // expect error: The Date "2024xx05" is not a valid date (DateValid gives False for it): days cannot be added to it or taken from it.
