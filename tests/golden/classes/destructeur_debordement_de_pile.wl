// un destructeur qui s'appelle sans fin est le débordement de pile du WLangage, aussi
// quand il s'exécute à la fin d'une exécution terminée par une erreur (avant : une
// erreur interne)
CNœud est une Classe
FIN
o est un CNœud
Trace("début") // expect: début
// expect error: Stack overflow: too many nested procedure calls.
Encore()
PROCÉDURE CNœud::Destructeur()
Encore()
PROCÉDURE Encore()
Encore()
