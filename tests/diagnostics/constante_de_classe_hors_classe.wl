// Une constante de classe nommée seule hors de la classe n'est pas un nom du programme
// (?1514012 : de l'extérieur, CClasse::NOM) : WL101 dit quelle classe la déclare
CTaxe est une Classe
    CONSTANTE
        NORMAL = 20
        Normal = 21 // error: WL105:9 the constant 'Normal' of CTaxe is declared twice
    FIN
FIN
Trace(CTaxe::NORMAL)
Trace(normal) // error: WL101:7 'normal' is not declared; did you mean CTaxe::NORMAL?
