// Import d'un extrait CSV (séparateur ;) : lecture des champs avec ExtraitChaîne
sContenu est une chaîne = [
Code;Désignation;Quantité;PrixUnitaire
A001;Vis à bois;100;0.05
A002;Écrou M6;250;0.02
A003;Perceuse;1;89.90
A004;Ligne incomplète
]

nNumLigne, nErreurs sont des entiers
rTotal est un réel
sCode, sDésignation sont des chaînes

POUR TOUTE CHAÎNE sLigne DE sContenu SÉPARÉE PAR RC
    nNumLigne++
    SI nNumLigne = 1 ALORS CONTINUER // en-tête
    SI ChaîneOccurrence(sLigne, ";") <> 3 ALORS
        nErreurs++
        Trace(ChaîneConstruit("Ligne %1 ignorée : %2 champ(s)", nNumLigne, ChaîneOccurrence(sLigne, ";") + 1))
        CONTINUER
    FIN
    sCode = ExtraitChaîne(sLigne, 1, ";")
    sDésignation = ExtraitChaîne(sLigne, 2, ";")
    nQte est un entier = Val(ExtraitChaîne(sLigne, 3, ";"))
    rPU est un réel = Val(ExtraitChaîne(sLigne, 4, ";"))
    rTotal += nQte * rPU
    Trace(sCode + " | " + Majuscule(sDésignation) + " | " + nQte * rPU)
FIN
// expect: A001 | VIS À BOIS | 5
// expect: A002 | ÉCROU M6 | 5
// expect: A003 | PERCEUSE | 89.9
// expect: Ligne 5 ignorée : 2 champ(s)
Trace("Total importé : " + rTotal) // expect: Total importé : 99.9
Trace("Erreurs : " + nErreurs)     // expect: Erreurs : 1

// Dernier champ d'une ligne, en partant de la fin
Trace(ExtraitChaîne("X;Y;Z", 1, ";", DepuisFin)) // expect: Z
