// `PROCÉDURE C::M() ABSTRAITE` : le mot après les paramètres rend la méthode abstraite,
// comme avant le nom (c'était "unexpected 'ABSTRAITE'") ; appeler la version propre
// d'une méthode abstraite (`CForme::Aire()`, `Ancêtre.Aire()`, `ExécuteAncêtre()` dans
// une redéfinition) arrête l'exécution en nommant la méthode : elle n'a pas de code
// (docs/semantics.md "Abstract methods"). wl check le signale (WL111) avec un conseil.
CForme est une Classe
FIN
CCarré est une Classe
    hérite de CForme
    côté est un entier
FIN
CCercle est une Classe
    hérite de CForme
FIN
ca est un CCarré
ca.côté = 3
d est un CForme dynamique = ca
Trace(d.Aire(), d.Nom()) // expect: 9, carré
c est un CCercle dynamique
Trace(c = Null) // expect: 1
Trace(ca.Double())

PROCÉDURE CForme::Aire() ABSTRAITE

PROCÉDURE CForme::Nom() : chaîne abstraite

PROCÉDURE CCarré::Aire()
RENVOYER côté * côté

PROCÉDURE CCarré::Nom()
RENVOYER "carré"

PROCÉDURE CCarré::Double()
RENVOYER Ancêtre.Aire() * 2 // expect error: CForme::Aire is an abstract method: it has no code to run
