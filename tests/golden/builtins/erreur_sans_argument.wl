// Erreur() sans argument écrit le message de la dernière erreur
Enregistre()
Erreur() // expect stderr: disque plein

PROCÉDURE Enregistre()
ErreurPropage(3, "disque plein")
