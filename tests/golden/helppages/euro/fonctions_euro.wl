// Pages d'aide des fonctions Euro (doc.pcsoft.fr) : eNomDevise ?3033006, eInitDevise
// ?3033003, eDeviseAffParDéfaut ?3033009, et (pages anglaises) eVersEuro ?3033005,
// eChangeDevise ?3033012. Leurs exemples tels qu'ils sont écrits, avec une Trace de
// chaque résultat ; les montants convertis sont les taux de la table, arrondis à 2
// décimales.
// Récupération du libellé du franc
ResLibellé est une chaîne = eNomDevise(eFRF)
Trace(ResLibellé)                               // expect: F
// Modification du libellé du Franc
eInitDevise(eFRF, "Franc", eTauxDeChange(eFRF))
Trace(eNomDevise(eFRF), eTauxDeChange(eFRF))    // expect: Franc, 6.55957
// Modification d'une devise utilisateur
// Utilisation du Franc CFA
eInitDevise(17, "Franc CFA", 655.96)
Trace(eNomDevise(17), eTauxDeChange(17))        // expect: Franc CFA, 655.96
// Conversion de marks en euros
ResConversion est un monétaire = eVersEuro(150, eDEM)
Trace(ResConversion)                            // expect: 76.69
resEcart est un monétaire
ResConversion = eVersEuro(10000, eITL, 2, resEcart)
Trace(ResConversion, resEcart)                  // expect: 5.16, 8.8468
// Conversion de francs en marks
ResConversion = eChangeDevise(150, eFRF, eDEM)
Trace(ResConversion)                            // expect: 44.72
Trace(eVersDevise(100, eFRF))                   // expect: 655.96
// Modification de la devise d'affichage utilisée par défaut
ResDeviseAffParDéfaut est un entier = eDeviseAffParDéfaut(eDEM)
// La devise affichée par défaut est à présent le Mark Allemand
Trace(ResDeviseAffParDéfaut, eDeviseAffParDéfaut()) // expect: 0, 5
