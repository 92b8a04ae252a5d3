// `CClasse::NOM` d'une classe que rien ne déclare : WL101 ; d'une classe sans cette
// constante ni ce membre global : WL109, avec le texte de l'exécution
CTaxe est une Classe
    CONSTANTE
        NORMAL = 20
    FIN
FIN
Trace(CTaxe::NORMAL)
Trace(CTva::NORMAL) // error: WL101:7 'CTva' is not declared
Trace(CTaxe::RÉDUIT) // error: WL109:14 'RÉDUIT' is neither a constant nor a global member of the class CTaxe
