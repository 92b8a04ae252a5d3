// a class's CONSTANT block is checked like any other: an unknown name in a value is refused,
// and so is a constant defined later in the block (found by the checker-agrees property)
CShape is Class
    CONSTANT
        SIDES = 4
        RATE = UNKNOWN_RATE + SIDES // error: WL111:16 'UNKNOWN_RATE' is not declared: a constant's value uses only literals and other constants
        DOUBLE = LATER // error: WL111:18 a constant's value may only use the constants defined before it
        LATER = 8
    END
END
CForme est une Classe
    CONSTANTE
        CÔTÉS = 4
        TAUX = TAUX_INCONNU * 2 // error: WL111:16 'TAUX_INCONNU' is not declared: a constant's value uses only literals and other constants
        DEUX_FOIS = PLUS_LOIN // error: WL111:21 a constant's value may only use the constants defined before it
        PLUS_LOIN = 8
    FIN
FIN
Trace(CShape::SIDES, CForme::CÔTÉS)
