// EXTERNE "fichier" inclut un fichier texte de code WLangage à la compilation (?1511013) :
// un fichier absent est refusé avant que rien ne tourne, en le nommant. La ligne était
// ignorée sans un mot.
EXTERNE "constantes_absentes.wl" // expect error: EXTERNE "constantes_absentes.wl": no such file (EXTERN includes a text file of WLanguage code when the program is compiled: it must exist)
Trace("jamais affiché")
