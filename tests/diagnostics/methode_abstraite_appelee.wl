// la version propre d'une méthode abstraite appelée (`CForme::Aire()`, `Ancêtre.Aire()`,
// `ExécuteAncêtre()` dans sa redéfinition) : WL111, l'exécution s'y arrête ; le mot
// ABSTRAITE après les paramètres (ou après un type de résultat) la déclare comme le
// mot avant le nom
ca est un CCarré
Trace(ca.Aire(), ca.Double(), ca.Moitié())
r est un CRond // error: WL110:1 CRond is abstract: it does not redefine the abstract method CForme::Nom, so only a class derived from it that does can be instantiated
Trace(r.Aire())

CForme est une Classe
FIN
CCarré est une Classe
    hérite de CForme
FIN
CRond est une Classe
    hérite de CForme
FIN
PROCÉDURE CForme::Aire() ABSTRAITE

PROCÉDURE CForme::Nom() : chaîne ABSTRAITE

PROCÉDURE CCarré::Nom() : chaîne
RENVOYER "carré"

PROCÉDURE CRond::Aire()
RENVOYER 3

PROCÉDURE CCarré::Aire()
RENVOYER ExécuteAncêtre() + 1 // error: WL111:10 CForme::Aire is an abstract method: it has no code to run

PROCÉDURE CCarré::Double()
RENVOYER CForme::Aire() * 2 // error: WL111:18 CForme::Aire is an abstract method: it has no code to run

PROCÉDURE CCarré::Moitié()
RENVOYER Ancêtre.Aire() / 2 // error: WL111:18 CForme::Aire is an abstract method: it has no code to run
