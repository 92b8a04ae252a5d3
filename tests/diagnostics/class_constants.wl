// a class's CONSTANT block is checked like any other: an unknown name in a value is refused
CShape is Class
    CONSTANT
        SIDES = 4
        RATE = UNKNOWN_RATE + SIDES // error: WL111:29 a constant must be a literal value
    END
END
CForme est une Classe
    CONSTANTE
        CÔTÉS = 4
        TAUX = TAUX_INCONNU * 2 // error: WL111:29 a constant must be a literal value
    FIN
FIN
Trace(CShape::SIDES, CForme::CÔTÉS)
