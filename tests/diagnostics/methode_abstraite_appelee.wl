// la version propre d'une méthode abstraite appelée (`CForme::Aire()`, `Ancêtre.Aire()`,
// `ExécuteAncêtre()` dans sa redéfinition) : WL111, l'exécution s'y arrête ; le mot
// ABSTRAITE après les paramètres la déclare comme le mot avant le nom
ca est un CCarré
Trace(ca.Aire(), ca.Double(), ca.Moitié())

CForme est une Classe
FIN
CCarré est une Classe
    hérite de CForme
FIN
PROCÉDURE CForme::Aire() ABSTRAITE

PROCÉDURE CCarré::Aire()
RENVOYER ExécuteAncêtre() + 1 // error: WL111:10 CForme::Aire is an abstract method: it has no code to run

PROCÉDURE CCarré::Double()
RENVOYER CForme::Aire() * 2 // error: WL111:18 CForme::Aire is an abstract method: it has no code to run

PROCÉDURE CCarré::Moitié()
RENVOYER Ancêtre.Aire() / 2 // error: WL111:18 CForme::Aire is an abstract method: it has no code to run
