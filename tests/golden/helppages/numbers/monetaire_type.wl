// Page d'aide "Monétaire (Type de variable)" (?1514043, lue en anglais sur doc.windev.com)
// avec les mots français : un monétaire déclaré sans valeur vaut 0, garde 6 décimales
// exactes, va jusqu'à 604 462 909 807 314 587,353 087, écrit avec 0m (sans lui, un littéral de plus
// de 15 chiffres significatifs est le réel que le compilateur en fait, au-delà de la plage :
// numbers/litteral_monetaire_par_un_reel_fr.wl) ; "sont des monétaires".
Prix est un monétaire
Trace(Prix)                                     // expect: 0
Prix = 1234.5678901
Trace(Prix)                                     // expect: 1234.56789
Prix = 0.1 + 0.2
Trace(Prix = 0.3)                               // expect: 1
PlusGrand est un monétaire = 0m604462909807314587.353087
Trace(PlusGrand)                                // expect: 604462909807314587.353087
Total, TVA sont des monétaires
Total = 19.99
TVA = Total * 0.2
Trace(TVA)                                      // expect: 3.998
