// ErreurDétectée et ErreurInfo après une erreur non fatale
Tâche()
SI ErreurDétectée ALORS Trace("échec : " + ErreurInfo()) // expect: échec : fichier absent
SI ErreurDétectée() ALORS Trace(ErreurInfo(errCode)) // expect: 404

PROCÉDURE Tâche()
ErreurPropage(404, "fichier absent")
