// errMessageSystème (17, la sorte du runtime de WINDEV Mobile pour le message d'erreur du
// système ; il valait 5) : le vrai code montre les mots du système après l'échec d'une
// fonction de fichier
Trace(errMessageSystème, errCode, errMessage)                  // expect: 17, 0, 1
sChemin est une chaîne = fRepTemp() + "/wl_dossier_absent_k/absent.txt"
sTexte est une chaîne = fChargeTexte(sChemin)
SI ErreurDétectée ALORS
	Trace(ErreurInfo(errCodeSystème), ErreurInfo(errMessageSysteme))   // expect: 2, No such file or directory
	Trace(Position(ErreurInfo(errMessage), "absent.txt") > 0)     // expect: 1
FIN
// une erreur du programme lui-même n'a pas de partie système
ErreurPropage(42, "la mienne")
Trace("[" + ErreurInfo(errMessageSystème) + "]", ErreurInfo(17) = ErreurInfo(errMessageSystème))   // expect: [], 1
