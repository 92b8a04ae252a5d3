// Une constante utilise celles que son propre code déclare au-dessus d'elle, pas celles
// d'un bloc CONSTANTE plus bas dans le même code, ni une constante qui revient à
// elle-même en passant par une autre classe, dans n'importe quel ordre.
CONSTANTE
    DEUX = UN + 1 // error: WL111:12 a constant's value may only use the constants defined before it
FIN
constante
    UN = 1
    Aller = Retour // error: WL111:13 a constant's value may only use the constants defined before it
    Retour = Aller // error: WL111:14 the constant 'Retour' depends on itself (Retour -> Aller -> Retour)
fin
CBoucle est une Classe
    CONSTANTE
        PREMIER = CAnneau::SECOND + 1 // error: WL111:26 the constant 'PREMIER' depends on itself (PREMIER -> SECOND -> PREMIER)
    FIN
FIN
CAnneau est une classe
    CONSTANTE
        SECOND = CBoucle::Premier // error: WL111:25 the constant 'SECOND' depends on itself (SECOND -> PREMIER -> SECOND)
    FIN
FIN
Trace(DEUX, Aller, CBoucle::PREMIER)
