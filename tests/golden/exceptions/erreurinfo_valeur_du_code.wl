// errCode vaut 0 : le runtime de WINDEV Mobile répond à ErreurInfo(0) par le numéro de
// l'erreur et à ErreurInfo(1) (errMessage, le défaut) par son message.
n est un entier = fOuvre(fRepTemp() + "/wl_pas_de_dossier_k9/rien.txt", foLecture)
Trace(n, ErreurDétectée)                                         // expect: -1, 1
Trace(ERRCODE, ErreurInfo(0) = ErreurInfo(errCode), ErreurInfo(errCode) <> 0)   // expect: 0, 1, 1
Trace(ErreurInfo() = ErreurInfo(errMessage))                     // expect: 1
