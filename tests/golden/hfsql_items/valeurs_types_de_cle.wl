// Constantes HFSQL comparées à l'en-tête C de PC SOFT HFConstant.h (docs/builtins.md
// "Constant values") : eHKEYTYPE 2060-2062 pour ..TypeClé (hCléPrimaire 2063 INFERRED),
// HCURRENTRECNUM 0, HMINVAL "\x00" et HMAXVAL "\xFF".
Trace(hNonClé, hCléUnique, hCléAvecDoublon, hCléPrimaire)      // expect: 2060, 2061, 2062, 2063
Trace(hNumEnrEnCours, HNUMENRENCOURS)                          // expect: 0, 0
Trace(hValMin = Caract(0), hValMax = Caract(255))              // expect: 1, 1
rub est une Description de Rubrique
Trace(rub..TypeClé = hNonClé)                                  // expect: 1
rub..TypeClé = hCléUnique
Trace(rub..TypeClé)                                            // expect: 2061
