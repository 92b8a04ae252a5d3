// Blocs CONSTANTE d'une classe dont les valeurs utilisent d'autres constantes.
CONSTANTE
    TAUX = 20
FIN
CForme est une Classe
    CONSTANTE
        CÔTÉS = 4
        DOUBLE_CÔTÉS = ::COTES * 2
        TAUX_FORME = TAUX + CForme::DOUBLE_COTES
    FIN
FIN
Trace(CForme::côtés, CFORME::DOUBLE_CÔTÉS, CForme::TAUX_FORME)   // expect: 4, 8, 28
f est une CForme
Trace(f.Total())   // expect: 32
PROCÉDURE CForme::Total()
RENVOYER ::TAUX_FORME + CÔTÉS
